import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    # ruleid: python.web.log-injection
    logger.info("Login attempt for " + username)
    # ruleid: python.web.log-injection
    logging.warning(f"failed login: {username}")
    # ruleid: python.web.log-injection
    app.logger.error("user %s not found", username)
    return "ok"


# --- Safe versions ---


@app.route("/login-safe", methods=["POST"])
def login_safe():
    username = request.form.get("username", "")
    clean = username.replace("\r", "").replace("\n", "")
    # ok: python.web.log-injection
    logger.info("Login attempt for " + clean)
    # ok: python.web.log-injection
    logger.info("Login attempt for %r", username)
    # ok: python.web.log-injection
    logger.info("Login attempt")
    return "ok"
