"""Team file-sharing service, written safely: same features as vulnerable/app.py."""
import hashlib
import hmac
import json
import os
import re
import subprocess

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SECRET = os.environ["SESSION_SIGNING_KEY"].encode()
SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


@app.route("/settings", methods=["POST"])
def upload_settings():
    settings = yaml.safe_load(request.data)
    return jsonify(settings)


@app.route("/preview")
def preview():
    name = request.args["file"]
    if not SAFE_NAME.match(name):
        abort(400)
    subprocess.run(["convert", f"uploads/{name}", "-resize", "200x200", f"previews/{name}"], check=True)
    return jsonify(preview=f"/previews/{name}")


@app.route("/session/restore", methods=["POST"])
def restore_session():
    state, signature = request.form["state"], request.form["sig"]
    expected = hmac.new(SECRET, state.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        abort(403)
    return jsonify(user=json.loads(state).get("user"))


def register(db, username, password):
    salt = os.urandom(16)
    password_hash = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    db.execute(
        "INSERT INTO users (username, salt, password_hash) VALUES (?, ?, ?)",
        (username, salt, password_hash),
    )


if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
