import urllib.request
from urllib.parse import urlparse

import aiohttp
import httpx
import requests
from fastapi import FastAPI
from flask import Flask, jsonify, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}
API_URL = "https://api.example.com"


def fetch(url):
    # ruleid: python.web.ssrf
    return requests.get(url, timeout=5).text


@app.route("/preview")
def preview():
    url = request.args.get("url")
    # ruleid: python.web.ssrf
    resp = requests.get(url, timeout=5)
    return resp.text


@app.route("/proxy")
def proxy():
    return fetch(request.args["target"])


@app.route("/webhook/test", methods=["POST"])
def webhook_test():
    data = request.get_json()
    # ruleid: python.web.ssrf
    requests.post(data["callback_url"], json={"ok": True}, timeout=5)
    return jsonify(sent=True)


@app.route("/avatar")
def avatar():
    host = request.args["host"]
    # ruleid: python.web.ssrf
    with urllib.request.urlopen(f"http://{host}/avatar.png") as resp:
        return resp.read()


@app.route("/status")
def status():
    service = request.args["service"]
    session = requests.Session()
    # ruleid: python.web.ssrf
    return session.get("http://" + service + ".internal:8080/health").text


@api.get("/fetch")
async def fetch_async(url: str):
    async with httpx.AsyncClient() as client:
        # ruleid: python.web.ssrf
        resp = await client.get(url)
    return {"body": resp.text}


@api.get("/fetch-aiohttp")
async def fetch_aiohttp(url: str):
    async with aiohttp.ClientSession() as session:
        # ruleid: python.web.ssrf
        async with session.get(url) as resp:
            return {"body": await resp.text()}


@app.route("/import")
def import_feed():
    # ruleid: python.web.ssrf
    return httpx.get(url=request.form["feed"]).text


# --- Safe versions ---


@app.route("/user")
def user():
    username = request.args["name"]
    # Scheme and host are fixed; the user picks only the path.
    # ok: python.web.ssrf
    r = requests.get(f"https://api.github.com/users/{username}", timeout=5)
    # ok: python.web.ssrf
    r2 = requests.get(API_URL + "/repos/" + username, timeout=5)
    # ok: python.web.ssrf
    r3 = requests.get(f"{API_URL}/orgs/{username}", timeout=5)
    # ok: python.web.ssrf
    r4 = requests.get("https://api.example.com/search", params={"q": username}, timeout=5)
    return jsonify(r.json(), r2.json(), r3.json(), r4.json())


@app.route("/image")
def image():
    url = request.args["url"]
    if urlparse(url).hostname in ALLOWED_HOSTS:
        # ok: python.web.ssrf
        return requests.get(url, timeout=5).content
    return "host not allowed", 400


@app.route("/image-2")
def image_prefix():
    url = request.args["url"]
    if not url.startswith("https://images.example.com/"):
        return "host not allowed", 400
    # ok: python.web.ssrf
    return requests.get(url, timeout=5).content


@app.route("/health")
def health():
    # ok: python.web.ssrf
    return requests.get("http://localhost:8080/health", timeout=2).text


@app.route("/image-3")
def image_not_in():
    host = urlparse(request.args["url"]).hostname
    if host not in ALLOWED_HOSTS:
        return "host not allowed", 400
    # The engine reads `x not in Y` as a positive check.
    # todook: python.web.ssrf
    return requests.get(f"https://{host}/logo.png", timeout=5).content
