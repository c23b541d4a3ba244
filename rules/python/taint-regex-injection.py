import re

from flask import Flask, request

app = Flask(__name__)
NAMES = ["alice", "bob"]


@app.route("/search")
def search():
    pattern = request.args.get("pattern", "")
    # ruleid: python.web.regex-injection
    regex = re.compile(pattern)
    return str([n for n in NAMES if regex.search(n)])


@app.route("/filter")
def filter_names():
    prefix = request.args["prefix"]
    # ruleid: python.web.regex-injection
    return str([n for n in NAMES if re.match(prefix + ".*", n)])


# --- Safe versions ---


@app.route("/search-safe")
def search_safe():
    term = request.args.get("q", "")
    # ok: python.web.regex-injection
    regex = re.compile(re.escape(term), re.IGNORECASE)
    # ok: python.web.regex-injection
    words = re.findall(r"\w+", term)
    return str([n for n in NAMES if regex.search(n)] + words)
