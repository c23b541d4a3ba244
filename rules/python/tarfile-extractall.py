import shutil
import tarfile


def install_theme(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        # ruleid: python.tarfile.unsafe-extract
        tar.extractall(dest)


def unpack(path, dest):
    # ruleid: python.tarfile.unsafe-extract
    tarfile.open(path, "r:gz").extractall(dest)


def unpack_any(path, dest):
    # ruleid: python.tarfile.unsafe-extract
    shutil.unpack_archive(path, dest)


# --- Safe versions ---


def install_theme_safe(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        # ok: python.tarfile.unsafe-extract
        tar.extractall(dest, filter="data")


def safe_members(tar, dest):
    for member in tar.getmembers():
        if member.name.startswith("/") or ".." in member.name:
            continue
        yield member


def install_checked(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        # ok: python.tarfile.unsafe-extract
        tar.extractall(dest, members=safe_members(tar, dest))
