"""Notes service: what an assistant writes when asked for a quick Flask API.

Every flaw here is a flow from the request to a dangerous call, often
through a variable or a helper function, so no single line looks wrong.
"""
import os
import sqlite3

import requests
from flask import Flask, redirect, request, send_file

app = Flask(__name__)
NOTES_DIR = "/srv/notes"


def db():
    return sqlite3.connect("notes.db")


def notes_by_tag(tag):
    query = "SELECT id, title FROM notes WHERE tag = '%s'" % tag
    return db().execute(query).fetchall()


def note_path(name):
    return os.path.join(NOTES_DIR, name + ".md")


@app.route("/notes")
def list_notes():
    return {"notes": notes_by_tag(request.args.get("tag", "general"))}


@app.route("/notes/export")
def export_note():
    return send_file(note_path(request.args["name"]), as_attachment=True)


@app.route("/notes/import", methods=["POST"])
def import_note():
    source = request.get_json()["url"]
    text = requests.get(source, timeout=10).text
    with open(note_path("imported"), "w") as fh:
        fh.write(text)
    return {"imported": len(text)}


@app.route("/done")
def done():
    return redirect(request.args.get("next", "/notes"))
