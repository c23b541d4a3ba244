import os

import jwt

SECRET = os.environ["JWT_SECRET"]


def current_user(token):
    # ruleid: python.jwt.signature-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def legacy_user(token):
    # ruleid: python.jwt.signature-verification-disabled
    return jwt.decode(token, SECRET, verify=False)["sub"]


def is_admin(token):
    # ruleid: python.jwt.signature-verification-disabled
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": True, "verify_signature": False})
    return claims.get("role") == "admin"


def current_user_safe(token):
    # ok: python.jwt.signature-verification-disabled
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    return claims["sub"]


def without_expiry(token):
    # ok: python.jwt.signature-verification-disabled
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
