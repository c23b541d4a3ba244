import os
import subprocess

from flask import Flask

app = Flask(__name__)


def backup(db_name):
    # ruleid: python.os.system-non-literal
    os.system("pg_dump " + db_name + " > /tmp/backup.sql")


def resize(path, width):
    # ruleid: python.os.system-non-literal
    os.system(f"convert {path} -resize {width} {path}")


def whois(domain):
    # ruleid: python.os.system-non-literal
    return os.popen("whois %s" % domain).read()


def legacy_listing(directory):
    # ruleid: python.os.system-non-literal
    child_in, child_out = os.popen2("ls -l " + directory)
    # ok: python.os.system-non-literal
    child_in, child_out = os.popen2("ls -l /tmp")
    return child_out


def run_user_command(cmd):
    # ruleid: python.os.system-non-literal
    return os.system(cmd)


def clear_screen():
    # ok: python.os.system-non-literal
    os.system("clear")


def kernel():
    # ok: python.os.system-non-literal
    return os.popen("uname -r").read()


def backup_safe(db_name):
    # ok: python.os.system-non-literal
    subprocess.run(["pg_dump", "-f", "/tmp/backup.sql", db_name], check=True)


@app.route("/ping")
def ping():
    host = "127.0.0.1"
    # The taint rule python.web.command-injection judges code in a view.
    # ok: python.os.system-non-literal
    os.system("ping -c 1 " + host)
