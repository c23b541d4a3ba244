import urllib.request
from urllib.request import URLopener, urlopen

import requests


def fetch(token):
    # ruleid: python.net.cleartext-url
    page = urlopen("http://example.com/report")
    # ruleid: python.net.cleartext-url
    urllib.request.urlretrieve("ftp://files.example.com/dump.csv", "dump.csv")
    opener = URLopener()
    # ruleid: python.net.cleartext-url
    opener.open("http://example.com/feed")
    # ruleid: python.net.cleartext-url
    requests.post("http://api.example.com/login", data={"token": token})

    # ok: python.net.cleartext-url
    secure = urlopen("https://example.com/report")
    # ok: python.net.cleartext-url
    opener.open("https://example.com/feed")
    # ok: python.net.cleartext-url
    requests.get("http://localhost:8080/health")
    # ok: python.net.cleartext-url
    requests.get("http://127.0.0.1:9000/metrics")
    return page, secure
