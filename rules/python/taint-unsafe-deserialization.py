import base64
import json
import marshal
import pickle

import yaml
from fastapi import FastAPI, Request
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


def load_state(blob):
    # ruleid: python.web.unsafe-deserialization
    return pickle.loads(base64.b64decode(blob))


@app.route("/session")
def session_restore():
    return {"state": load_state(request.cookies.get("state", ""))}


@app.route("/import", methods=["POST"])
def import_data():
    # ruleid: python.web.unsafe-deserialization
    obj = pickle.loads(request.data)
    return {"imported": len(obj)}


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["model"]
    # ruleid: python.web.unsafe-deserialization
    model = pickle.load(f)
    return {"model": str(model)}


@app.route("/config", methods=["POST"])
def config():
    text = request.get_data(as_text=True)
    # ruleid: python.web.unsafe-deserialization
    settings = yaml.load(text, Loader=yaml.Loader)
    # ruleid: python.web.unsafe-deserialization
    more = yaml.unsafe_load(request.form["extra"])
    return {"keys": list(settings) + list(more)}


@api.post("/code")
async def code(request: Request):
    body = await request.body()
    # ruleid: python.web.unsafe-deserialization
    fn = marshal.loads(body)
    return {"name": fn.co_name}


def django_view(request):
    raw = request.POST["payload"]
    # ruleid: python.web.unsafe-deserialization
    return pickle.loads(bytes.fromhex(raw))


# --- Safe versions ---


@app.route("/import-json", methods=["POST"])
def import_json():
    # ok: python.web.unsafe-deserialization
    obj = json.loads(request.data)
    return {"imported": len(obj)}


@app.route("/config-safe", methods=["POST"])
def config_safe():
    text = request.get_data(as_text=True)
    # ok: python.web.unsafe-deserialization
    settings = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: python.web.unsafe-deserialization
    more = yaml.safe_load(request.form["extra"])
    return {"keys": list(settings) + list(more)}


def load_cache(path):
    with open(path, "rb") as fh:
        # ok: python.web.unsafe-deserialization
        return pickle.load(fh)


@app.route("/cache")
def cache():
    # The file is the server's own; the request only picks a number.
    n = int(request.args.get("n", "0"))
    # ok: python.web.unsafe-deserialization
    return {"cache": load_cache(f"/var/cache/app/{n}.pkl")}
