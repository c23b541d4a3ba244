from flask import Flask, make_response, request

app = Flask(__name__)
# ruleid: python.web.cookie-not-secure
app.config["SESSION_COOKIE_SECURE"] = False


@app.route("/remember", methods=["POST"])
def remember():
    value = request.form.get("value", "")
    response = make_response("saved")
    # ruleid: python.web.cookie-not-secure
    response.set_cookie("SomeCookie", value, path=request.path, secure=False, httponly=True)
    return response


@app.route("/login", methods=["POST"])
def login():
    response = make_response("welcome")
    # ruleid: python.web.cookie-not-secure
    response.set_cookie("session_token", new_token(), httponly=True)
    return response


def new_token():
    import secrets

    return secrets.token_urlsafe(32)


# --- Safe versions ---


@app.route("/login-safe", methods=["POST"])
def login_safe():
    response = make_response("welcome")
    # ok: python.web.cookie-not-secure
    response.set_cookie("session_token", new_token(), secure=True, httponly=True, samesite="Lax")
    return response


@app.route("/logout")
def logout():
    response = make_response("bye")
    # ok: python.web.cookie-not-secure
    response.set_cookie("session_token", "", max_age=0)
    # ok: python.web.cookie-not-secure
    response.set_cookie("theme", "dark", **COOKIE_OPTIONS)
    return response


COOKIE_OPTIONS = {"secure": True, "httponly": True}
# ok: python.web.cookie-not-secure
SESSION_COOKIE_SECURE = True
