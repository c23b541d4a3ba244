"""The same notes service, written safely (see vulnerable/taint-notes-api.py)."""
import os
import sqlite3
from urllib.parse import urlparse

import requests
from flask import Flask, abort, redirect, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
NOTES_DIR = "/srv/notes"
IMPORT_HOSTS = {"gist.githubusercontent.com", "raw.githubusercontent.com"}


def db():
    return sqlite3.connect("notes.db")


def notes_by_tag(tag):
    # The value travels as a parameter, never as SQL.
    return db().execute("SELECT id, title FROM notes WHERE tag = ?", (tag,)).fetchall()


@app.route("/notes")
def list_notes():
    return {"notes": notes_by_tag(request.args.get("tag", "general"))}


@app.route("/notes/export")
def export_note():
    # send_from_directory refuses names that leave NOTES_DIR.
    return send_from_directory(NOTES_DIR, secure_filename(request.args["name"]) + ".md", as_attachment=True)


@app.route("/notes/import", methods=["POST"])
def import_note():
    source = request.get_json()["url"]
    if source.startswith("https://") and urlparse(source).hostname in IMPORT_HOSTS:
        text = requests.get(source, timeout=10, allow_redirects=False).text
        with open(os.path.join(NOTES_DIR, "imported.md"), "w") as fh:
            fh.write(text)
        return {"imported": len(text)}
    abort(400)


@app.route("/done")
def done():
    return redirect(url_for("list_notes"))
