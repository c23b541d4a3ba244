import tempfile
from tempfile import mktemp


def write_report(data):
    # ruleid: python.tempfile.insecure-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as f:
        f.write(data)
    return path


def scratch():
    # ruleid: python.tempfile.insecure-mktemp
    return mktemp()


# --- Safe versions ---


def write_report_safe(data):
    # ok: python.tempfile.insecure-mktemp
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write(data)
        return f.name


def scratch_safe():
    # ok: python.tempfile.insecure-mktemp
    fd, path = tempfile.mkstemp()
    return fd, path
