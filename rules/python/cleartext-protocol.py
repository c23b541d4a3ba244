import ftplib
import telnetlib
from ftplib import FTP, FTP_TLS


def upload(host, user, password, path):
    # ruleid: python.net.cleartext-protocol
    ftp = FTP(host)
    ftp.login(user, password)
    with open(path, "rb") as f:
        ftp.storbinary("STOR report.csv", f)


def reboot(host, password):
    # ruleid: python.net.cleartext-protocol
    tn = telnetlib.Telnet(host)
    tn.write(password.encode() + b"\n")


# --- Safe versions ---


def upload_safe(host, user, password, path):
    # ok: python.net.cleartext-protocol
    ftps = FTP_TLS(host)
    ftps.login(user, password)
    ftps.prot_p()
    with open(path, "rb") as f:
        ftps.storbinary("STOR report.csv", f)
