import flask
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    bar = request.form.get("userid", "")
    # ruleid: python.web.trust-boundary
    flask.session["userid"] = bar
    role = request.args.get("role")
    # ruleid: python.web.trust-boundary
    session["role"] = role
    key = request.args.get("key")
    # The key of a subscript assignment is not checked as a sink yet.
    # todoruleid: python.web.trust-boundary
    session[key] = "yes"
    return "ok"


def django_view(request):
    # ruleid: python.web.trust-boundary
    request.session["cart_total"] = request.POST["total"]


# --- Safe versions ---


@app.route("/prefs-safe", methods=["POST"])
def prefs_safe():
    # ok: python.web.trust-boundary
    session["page"] = int(request.form.get("page", "1"))
    # ok: python.web.trust-boundary
    session["visited"] = True
    user = authenticate(request.form.get("user"), request.form.get("password"))
    # ok: python.web.trust-boundary
    session["user_id"] = user.id
    return "ok"


def authenticate(name, password):
    return None
