import os
import stat
from pathlib import Path


def publish(path):
    # ruleid: python.os.permissive-file-mode
    os.chmod(path, 0o777)


def shared_dir(path):
    os.makedirs(path, exist_ok=True)
    # ruleid: python.os.permissive-file-mode
    os.chmod(path, 0o777)


def shared_file(path):
    # ruleid: python.os.permissive-file-mode
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def upload_dir():
    # ruleid: python.os.permissive-file-mode
    Path("/srv/uploads").chmod(0o666)


# --- Safe versions ---


def private(path):
    # ok: python.os.permissive-file-mode
    os.chmod(path, 0o600)


def readable(path):
    # ok: python.os.permissive-file-mode
    os.chmod(path, 0o644)
    # ok: python.os.permissive-file-mode
    os.makedirs(path, mode=0o777, exist_ok=True)
    # ok: python.os.permissive-file-mode
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
    os.close(fd)
    # ok: python.os.permissive-file-mode
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
