import base64
import json
import pickle

import dill
from flask import Flask, request

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.cookies["session"])
    # In a view, python.web.unsafe-deserialization follows the request's data.
    # ok: python.pickle.unsafe-load
    return pickle.loads(blob)


def load_model(path):
    with open(path, "rb") as f:
        # ruleid: python.pickle.unsafe-load
        return pickle.load(f)


def load_legacy(data):
    import cPickle

    # ruleid: python.pickle.unsafe-load
    return cPickle.loads(data)


def load_closure(payload):
    # ruleid: python.pickle.unsafe-load
    return dill.loads(payload)


def stream(f):
    # ruleid: python.pickle.unsafe-load
    return pickle.Unpickler(f).load()


def save(obj, path):
    with open(path, "wb") as f:
        # ok: python.pickle.unsafe-load
        pickle.dump(obj, f)


def to_bytes(obj):
    # ok: python.pickle.unsafe-load
    return pickle.dumps(obj)


def restore_session_safe():
    # ok: python.pickle.unsafe-load
    return json.loads(request.cookies["session"])


def restore_object(payload):
    import jsonpickle

    # ruleid: python.pickle.unsafe-load
    return jsonpickle.decode(payload)


def open_store(filename):
    import shelve

    # ruleid: python.pickle.unsafe-load
    with shelve.open(filename) as db:
        return dict(db)


def open_own_store():
    import shelve

    # ok: python.pickle.unsafe-load
    with shelve.open("cache.db") as db:
        return dict(db)
