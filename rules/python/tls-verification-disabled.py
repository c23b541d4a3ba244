import ssl
import urllib.request

import paramiko


def fetch(url):
    # ruleid: python.ssl.verification-disabled
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def fetch_custom(url):
    ctx = ssl.create_default_context()
    # ruleid: python.ssl.verification-disabled
    ctx.check_hostname = False
    # ruleid: python.ssl.verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return urllib.request.urlopen(url, context=ctx).read()


def run_remote(host, command):
    client = paramiko.SSHClient()
    # ruleid: python.ssl.verification-disabled
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(command)


# --- Safe versions ---


def fetch_safe(url):
    # ok: python.ssl.verification-disabled
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    return urllib.request.urlopen(url, context=ctx).read()


def run_remote_safe(host, command):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: python.ssl.verification-disabled
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy")
    return client.exec_command(command)
