import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/health")
def health():
    return jsonify(status="ok")


def configure(app):
    # ruleid: python.flask.debug-true
    app.debug = True
    # ruleid: python.flask.debug-true
    app.config["DEBUG"] = True


def serve_debug_off():
    # ok: python.flask.debug-true
    app.run(host="127.0.0.1", port=5000, debug=False)


def serve_from_env():
    # ok: python.flask.debug-true
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def serve_default():
    # ok: python.flask.debug-true
    app.run(port=8080)


if __name__ == "__main__":
    # ruleid: python.flask.debug-true
    app.run(host="0.0.0.0", port=5000, debug=True)
