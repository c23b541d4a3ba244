import httpx
import requests


def fetch_status(url):
    # ruleid: python.requests.verify-false
    return requests.get(url, timeout=5, verify=False).status_code


def post_report(url, payload, token):
    # ruleid: python.requests.verify-false
    r = requests.post(
        url,
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
    )
    return r.json()


def make_session():
    s = requests.Session()
    # ruleid: python.requests.verify-false
    s.verify = False
    return s


def fetch_with_session(session, url):
    # ruleid: python.requests.verify-false
    return session.get(url, verify=False)


def fetch_httpx(url):
    # ruleid: python.requests.verify-false
    return httpx.get(url, verify=False)


def fetch_status_safe(url):
    # ok: python.requests.verify-false
    return requests.get(url, timeout=5).status_code


def fetch_internal(url):
    # ok: python.requests.verify-false
    return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")


def fetch_checked(url):
    # ok: python.requests.verify-false
    return requests.get(url, verify=True)
