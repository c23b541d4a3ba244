from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["app"]


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    # ruleid: python.web.nosql-injection
    user = db.users.find_one({"username": data["username"], "password": data["password"]})
    return jsonify(ok=user is not None)


@app.route("/search", methods=["POST"])
def search():
    # ruleid: python.web.nosql-injection
    docs = list(db.items.find(request.json))
    return jsonify(count=len(docs))


# --- Safe versions ---


@app.route("/login-safe", methods=["POST"])
def login_safe():
    data = request.get_json()
    # ok: python.web.nosql-injection
    user = db.users.find_one({"username": str(data["username"])})
    return jsonify(ok=user is not None)


@app.route("/item")
def item():
    # ok: python.web.nosql-injection
    doc = db.items.find_one({"name": request.args.get("name", "")})
    return jsonify(found=doc is not None)
