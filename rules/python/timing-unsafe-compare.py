import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = b"k"


@app.route("/webhook", methods=["POST"])
def webhook():
    expected = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    signature = request.headers.get("X-Signature", "")
    # ruleid: python.lang.timing-unsafe-secret-compare
    if signature != expected:
        abort(401)
    return "ok"


def check_api_key(provided, user):
    # ruleid: python.lang.timing-unsafe-secret-compare
    return provided == user.api_key


# --- Safe versions ---


@app.route("/webhook-safe", methods=["POST"])
def webhook_safe():
    expected = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    # ok: python.lang.timing-unsafe-secret-compare
    if not hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
        abort(401)
    return "ok"


def parse(tokens):
    token = tokens[0]
    # ok: python.lang.timing-unsafe-secret-compare
    if token == "(":
        return 1
    # ok: python.lang.timing-unsafe-secret-compare
    if token == None:
        return 0
    return 2
