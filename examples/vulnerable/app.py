"""Team file-sharing service: upload settings, previews, session restore."""
import base64
import hashlib
import pickle
import subprocess

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def upload_settings():
    # Users upload their YAML preferences.
    settings = yaml.load(request.data, Loader=yaml.FullLoader)
    return jsonify(settings)


@app.route("/preview")
def preview():
    name = request.args["file"]
    # Make a 200px thumbnail with ImageMagick.
    subprocess.run(f"convert uploads/{name} -resize 200x200 previews/{name}", shell=True)
    return jsonify(preview=f"/previews/{name}")


@app.route("/session/restore", methods=["POST"])
def restore_session():
    state = pickle.loads(base64.b64decode(request.form["state"]))
    return jsonify(user=state.get("user"))


def register(db, username, password):
    password_hash = hashlib.md5(password.encode()).hexdigest()
    db.execute(
        "INSERT INTO users (username, password_hash) VALUES ('%s', '%s')" % (username, password_hash)
    )
