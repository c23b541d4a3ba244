import subprocess
import shlex

from flask import Flask

app = Flask(__name__)


def ping(host):
    # ruleid: python.subprocess.shell-true
    return subprocess.call("ping -c 1 " + host, shell=True)


def archive(name, folder):
    # ruleid: python.subprocess.shell-true
    subprocess.run(f"tar czf {name}.tgz {folder}", shell=True, check=True)


def convert(src, dst):
    cmd = "convert %s %s" % (src, dst)
    # ruleid: python.subprocess.shell-true
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return proc.communicate()


def disk_usage(path):
    # ruleid: python.subprocess.shell-true
    out = subprocess.check_output(
        "du -sh " + path,
        stderr=subprocess.STDOUT,
        shell=True,
    )
    return out.decode()


def grep(pattern, path):
    # ruleid: python.subprocess.shell-true
    subprocess.check_call("grep %s %s" % (pattern, path), shell=True)


def ping_safe(host):
    # ok: python.subprocess.shell-true
    return subprocess.call(["ping", "-c", "1", host])


def archive_safe(name, folder):
    # ok: python.subprocess.shell-true
    subprocess.run(["tar", "czf", f"{name}.tgz", folder], check=True)


def uptime():
    # ok: python.subprocess.shell-true
    return subprocess.check_output("uptime | cut -d, -f1", shell=True)


def explicit_false(cmd):
    # ok: python.subprocess.shell-true
    return subprocess.run(cmd, shell=False)


def quoted(path):
    # ok: python.subprocess.shell-true
    return subprocess.run(["du", "-sh", shlex.quote(path)])


@app.route("/ping")
def ping():
    host = "127.0.0.1"
    # The taint rule python.web.command-injection judges code in a view.
    # ok: python.subprocess.shell-true
    subprocess.run("ping -c 1 " + host, shell=True)
