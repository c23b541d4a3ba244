import os
import smtplib

import jwt
import psycopg2
import requests
from flask import Flask
from requests.auth import HTTPBasicAuth

app = Flask(__name__)
# ruleid: python.lang.hardcoded-credential
app.secret_key = "9f2c1d7be4a84f0e"
# ruleid: python.lang.hardcoded-credential
app.config["SECRET_KEY"] = "super-secret-flask-key-2024"
# ok: python.lang.hardcoded-credential
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

# ruleid: python.lang.hardcoded-credential
DB_PASSWORD = "Sup3rS3cret!"
# ruleid: python.lang.hardcoded-credential
password = "megadeth"
# ruleid: python.lang.hardcoded-credential
API_KEY = "a8f5f167f44f4964e6c998dee827110c"
# ok: python.lang.hardcoded-credential
password = os.environ.get("DB_PASSWORD")
# ok: python.lang.hardcoded-credential
password = ""
# ok: python.lang.hardcoded-credential
API_KEY = "your-api-key-here"
# ok: python.lang.hardcoded-credential
API_KEY = "<YOUR_API_KEY>"
# ok: python.lang.hardcoded-credential
password = "CHANGE_ME"
# ok: python.lang.hardcoded-credential
token_type = "bearer"
# ok: python.lang.hardcoded-credential
password_field = "password"
# ok: python.lang.hardcoded-credential
pwd = "/home/app"


def connect():
    # ruleid: python.lang.hardcoded-credential
    conn = psycopg2.connect(host="db", user="app", password="Tr0ub4dor&3")
    # ok: python.lang.hardcoded-credential
    conn2 = psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])
    return conn, conn2


def mail():
    server = smtplib.SMTP("smtp.example.com", 587)
    # ruleid: python.lang.hardcoded-credential
    server.login("alerts@example.com", "hunter2hunter2")
    # ok: python.lang.hardcoded-credential
    server.login("alerts@example.com", os.environ["SMTP_PASSWORD"])


def fetch():
    # ruleid: python.lang.hardcoded-credential
    requests.get("https://api.example.com", auth=("admin", "admin123"))
    # ruleid: python.lang.hardcoded-credential
    requests.get("https://api.example.com", auth=HTTPBasicAuth("admin", "s3cr3t-pass"))
    # ok: python.lang.hardcoded-credential
    requests.get("https://api.example.com", auth=("admin", os.environ["API_PASSWORD"]))


def issue(user_id):
    # ruleid: python.lang.hardcoded-credential
    return jwt.encode({"sub": user_id}, "my_jwt_signing_key_123", algorithm="HS256")


def settings():
    # ok: python.lang.hardcoded-credential
    return {"password": "{password}", "api_key": "%(key)s"}


# ruleid: python.lang.hardcoded-credential
config = {"host": "db", "password": "postgres123"}
