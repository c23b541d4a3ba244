import asyncio
import ipaddress
import os
import shlex
import subprocess
import sys
from subprocess import check_output

import paramiko
from django.http import HttpResponse
from fastapi import FastAPI, Form
from flask import Flask, abort, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_TOOLS = ("uptime", "df", "free")


def run_shell(command):
    # ruleid: python.web.command-injection
    return subprocess.check_output(command, shell=True, text=True)


def ping_command(host, count=1):
    return "ping -c %d %s" % (count, host)


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # ruleid: python.web.command-injection
    os.system("ping -c 1 " + host)
    return "sent"


@app.route("/lookup", methods=["POST"])
def lookup():
    domain = request.form["domain"]
    cmd = f"nslookup {domain}"
    # ruleid: python.web.command-injection
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return result.stdout


@app.route("/archive")
def archive():
    name = request.args["name"]
    # ruleid: python.web.command-injection
    out = check_output("tar czf /tmp/out.tgz " + name, shell=True)
    return out


@app.route("/trace")
def trace():
    return run_shell(ping_command(request.args["host"]))


@app.route("/logs/<service>")
def logs(service):
    # ruleid: python.web.command-injection
    stream = os.popen("journalctl -u {} -n 50".format(service))
    return stream.read()


@app.route("/grep")
def grep():
    parts = ["grep", "-r"]
    parts.append(request.args["pattern"])
    parts.append("/var/log/app")
    # ruleid: python.web.command-injection
    return subprocess.getoutput(" ".join(parts))


@app.route("/convert")
def convert():
    fmt = request.args["fmt"]
    # ruleid: python.web.command-injection
    subprocess.call(["bash", "-c", "convert in.png out." + fmt])
    return "ok"


@api.post("/whois")
async def whois(domain: str = Form(...)):
    proc = await asyncio.create_subprocess_shell(
        # ruleid: python.web.command-injection
        f"whois {domain}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return {"whois": out.decode()}


def remote_restart(request):
    service = request.POST["service"]
    client = paramiko.SSHClient()
    # ruleid: python.web.command-injection
    client.exec_command("sudo systemctl restart " + service)
    return HttpResponse("restarted")


def main():
    # Console input and arguments: python.cli.input-injection reports these.
    target = sys.argv[1]
    # ok: python.web.command-injection
    os.system("nmap -sV " + target)
    answer = input("Directory to list: ")
    # ok: python.web.command-injection
    subprocess.Popen("ls -la " + answer, shell=True)


# --- Safe versions ---


@app.route("/ping-safe")
def ping_safe():
    host = request.args.get("host", "127.0.0.1")
    # ok: python.web.command-injection
    subprocess.run(["ping", "-c", "1", host], check=True)
    # ok: python.web.command-injection
    subprocess.run("ping -c 1 " + shlex.quote(host), shell=True)
    quoted = shlex.quote(host)
    # ok: python.web.command-injection
    os.system(f"ping -c 1 {quoted}")
    return "sent"


@app.route("/ping-ip")
def ping_ip():
    address = ipaddress.ip_address(request.args["ip"])
    # ok: python.web.command-injection
    os.system(f"ping -c 1 {address}")
    return "sent"


@app.route("/sleep")
def sleep():
    seconds = int(request.args.get("s", "1"))
    # ok: python.web.command-injection
    os.system("sleep %d" % seconds)
    return "slept"


@app.route("/tool")
def tool():
    name = request.args.get("name", "")
    if name in ALLOWED_TOOLS:
        # ok: python.web.command-injection
        return subprocess.check_output(name, shell=True)
    return "unknown tool", 400


@app.route("/count")
def count():
    n = request.args.get("n", "1")
    if not n.isdigit():
        return "n must be a number", 400
    # ok: python.web.command-injection
    return subprocess.check_output("seq " + n, shell=True)


@app.route("/uptime")
def uptime():
    # ok: python.web.command-injection
    return subprocess.check_output("uptime", shell=True)


@app.route("/disk")
def disk():
    flag = "-h"
    # The request value only selects between two constant commands.
    if request.args.get("inodes"):
        flag = "-i"
    # ok: python.web.command-injection
    return os.popen("df " + flag).read()


@app.route("/count-abort")
def count_abort():
    n = request.args.get("n", "1")
    if not n.isdigit():
        abort(400)
    # `abort()` raises, so `n` is a number here.
    # ok: python.web.command-injection
    return subprocess.check_output("seq " + n, shell=True)


def port_number(value):
    return int(value)


@app.route("/scan")
def scan_port():
    # The helper returns an int: nothing to inject.
    # ok: python.web.command-injection
    os.system("nc -z localhost %d" % port_number(request.args["port"]))
    return "done"


@app.route("/echo")
def echo():
    text = request.args.get("text", "")
    argv = []
    if os.name == "nt":
        argv.append("cmd.exe")
        argv.append("/c")
    else:
        argv.append("sh")
        argv.append("-c")
    argv.append(f"echo {text}")
    # The list holds a shell and its `-c`: the shell parses the last element.
    # ruleid: python.web.command-injection
    return subprocess.run(argv, capture_output=True, text=True).stdout


@app.route("/login-shell", methods=["POST"])
def login_shell():
    script = request.form["script"]
    command = ["/bin/bash", "-lc", script]
    # ruleid: python.web.command-injection
    return subprocess.check_output(command, text=True)


@app.route("/echo-quoted")
def echo_quoted():
    text = request.args.get("text", "")
    argv = ["sh", "-c"]
    argv.append("echo " + shlex.quote(text))
    # ok: python.web.command-injection
    return subprocess.run(argv, capture_output=True, text=True).stdout


@app.route("/count-lines")
def count_lines():
    # `grep -c` counts matches: no shell parses the pattern.
    argv = ["grep", "-c", request.args["pattern"], "/var/log/app.log"]
    # ok: python.web.command-injection
    return subprocess.run(argv, capture_output=True, text=True).stdout


@app.route("/monthly")
def monthly():
    # An argument of a fixed script, not a command line.
    argv = ["bash", "/srv/scripts/report.sh", request.args["month"]]
    # ok: python.web.command-injection
    return subprocess.run(argv, capture_output=True, text=True).stdout


@app.route("/shell-version")
def shell_version():
    shell = "bash"
    # Only constants reach the shell.
    # ok: python.web.command-injection
    return subprocess.check_output(shell + " --version", shell=True)


@app.route("/tool")
def run_tool():
    tool = request.args.get("tool")
    target = request.args.get("target")
    # ruleid: python.web.command-injection
    subprocess.run("ping " + target)
    # ruleid: python.web.command-injection
    subprocess.call([tool, "--version"])
    # ruleid: python.web.command-injection
    subprocess.run(f"{tool} --help")
    # ruleid: python.web.command-injection
    child_in, child_out = os.popen2("whois " + target)
    # ok: python.web.command-injection
    subprocess.run(["ping", "-c", "1", "--", target])
    # ok: python.web.command-injection
    subprocess.run("ping -c 1 localhost")
    return "done"
