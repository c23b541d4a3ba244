import base64
import hashlib
import random
import secrets
import string
import uuid
from random import choice

from flask import Flask, make_response, session

app = Flask(__name__)
mysession = {}


def remember_me(cookie):
    value = str(random.random())[2:]
    # ruleid: python.random.weak-random
    mysession[cookie] = value


def remember_bytes(cookie):
    value = str(base64.b64encode(random.randbytes(32)))
    # ruleid: python.random.weak-random
    mysession[cookie] = value


@app.route("/login")
def login():
    resp = make_response("ok")
    sid = "%032x" % random.getrandbits(128)
    # ruleid: python.random.weak-random
    resp.set_cookie("sid", sid, httponly=True)
    # ruleid: python.random.weak-random
    session["csrf"] = str(random.randint(0, 2**32))
    return resp


def generate_token(length=32):
    alphabet = string.ascii_letters + string.digits
    # ruleid: python.random.weak-random
    return "".join(random.choice(alphabet) for _ in range(length))


def generate_password(length=12):
    chars = string.ascii_letters + string.digits + "!@#$%"
    # ruleid: python.random.weak-random
    return "".join(random.choices(chars, k=length))


def send_code(user):
    # ruleid: python.random.weak-random
    otp = str(choice(range(100000, 999999)))
    user.notify(otp)


def hash_password(password):
    # ruleid: python.random.weak-random
    salt = bytes(random.getrandbits(8) for _ in range(16))
    # ruleid: python.random.weak-random
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 100_000)


def reset_link(user):
    rng = random.Random()
    # ruleid: python.random.weak-random
    user.reset_token = "%x" % rng.getrandbits(64)


def api_payload():
    # ruleid: python.random.weak-random
    return {"api_key": "".join(random.sample(string.hexdigits, 16))}


# --- Safe versions ---


def remember_me_safe(cookie):
    value = str(secrets.randbelow(2**32))
    # ok: python.random.weak-random
    mysession[cookie] = value


def generate_token_safe(length=32):
    # ok: python.random.weak-random
    return secrets.token_urlsafe(length)


def generate_password_safe(length=12):
    alphabet = string.ascii_letters + string.digits
    # ok: python.random.weak-random
    return "".join(secrets.choice(alphabet) for _ in range(length))


def pick_color():
    # ok: python.random.weak-random
    color = random.choice(["red", "green", "blue"])
    return color


def jitter():
    # ok: python.random.weak-random
    delay = random.uniform(0.5, 1.5)
    return delay


def session_id():
    # ok: python.random.weak-random
    session_id = uuid.uuid4().hex
    return session_id


def sample_rows(rows):
    # ok: python.random.weak-random
    return random.sample(rows, 10)
