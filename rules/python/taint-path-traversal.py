import os
import shutil
from pathlib import Path

from django.http import FileResponse as DjangoFileResponse
from django.http import HttpResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from app.http import RequestParams
from app.models import User

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/app/uploads"
REPORTS = Path("/srv/app/reports")


def read_document(path):
    # ruleid: python.web.path-traversal
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def user_file(name):
    return os.path.join(UPLOAD_DIR, name)


@app.route("/download")
def download():
    filename = request.args.get("file")
    # ruleid: python.web.path-traversal
    return send_file(os.path.join(UPLOAD_DIR, filename))


@app.route("/view")
def view():
    return read_document(user_file(request.args["name"]))


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    # ruleid: python.web.path-traversal
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return "saved"


@app.route("/logs/<name>")
def logs(name):
    # ruleid: python.web.path-traversal
    return open(f"/var/log/app/{name}.log").read()


@app.route("/static-dir")
def static_dir():
    theme = request.cookies.get("theme", "light")
    # The directory part of send_from_directory is not checked.
    # ruleid: python.web.path-traversal
    return send_from_directory("themes/" + theme, "style.css")


@app.route("/delete", methods=["POST"])
def delete():
    data = request.get_json()
    target = UPLOAD_DIR + "/" + data["name"]
    # ruleid: python.web.path-traversal
    os.remove(target)
    # ruleid: python.web.path-traversal
    shutil.copy("/srv/app/template.txt", target)
    return "deleted"


@app.route("/report")
def report():
    path = REPORTS / request.args["report"]
    # ruleid: python.web.path-traversal
    return path.read_text()


@api.get("/files/{file_path:path}")
async def read_file(file_path: str):
    # ruleid: python.web.path-traversal
    return FileResponse(f"/srv/app/public/{file_path}")


def django_export(request):
    name = request.GET["name"]
    # ruleid: python.web.path-traversal
    return DjangoFileResponse(open("/srv/exports/" + name, "rb"))


# --- Safe versions ---


@app.route("/download-safe")
def download_safe():
    filename = request.args.get("file", "")
    # ok: python.web.path-traversal
    return send_from_directory(UPLOAD_DIR, filename)


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    f = request.files["document"]
    name = secure_filename(f.filename)
    # ok: python.web.path-traversal
    f.save(os.path.join(UPLOAD_DIR, name))
    return "saved"


@app.route("/view-safe")
def view_safe():
    name = os.path.basename(request.args["name"])
    # ok: python.web.path-traversal
    return open(os.path.join(UPLOAD_DIR, name)).read()


@app.route("/view-checked")
def view_checked():
    full = os.path.realpath(os.path.join(UPLOAD_DIR, request.args["name"]))
    if not full.startswith(UPLOAD_DIR + os.sep):
        return "forbidden", 403
    # ok: python.web.path-traversal
    return open(full).read()


@app.route("/report-safe")
def report_safe():
    path = (REPORTS / request.args["report"]).resolve()
    if not path.is_relative_to(REPORTS):
        raise PermissionError(path)
    # ok: python.web.path-traversal
    return path.read_text()


@app.route("/invoice/<int:number>")
def invoice(number):
    number = int(number)
    # ok: python.web.path-traversal
    return send_file(f"/srv/invoices/{number}.pdf")


@app.route("/readme")
def readme():
    lang = request.args.get("lang", "en")
    # The request only decides which of two constant paths is opened.
    path = "docs/README.md"
    if lang == "de":
        path = "docs/README.de.md"
    # ok: python.web.path-traversal
    return open(path).read()


def django_export_safe(request):
    # ok: python.web.path-traversal
    return HttpResponse(open("/srv/exports/latest.csv").read(), content_type="text/csv")


@app.route("/view-checked-abort")
def view_checked_abort():
    full = os.path.realpath(os.path.join(UPLOAD_DIR, request.args["name"]))
    if not full.startswith(UPLOAD_DIR + os.sep):
        abort(403)
    # `abort()` raises, so only a checked path gets here.
    # ok: python.web.path-traversal
    return open(full).read()


@app.route("/notes")
def notes():
    name = request.args.get("name", "")
    if ".." in name or name.startswith("/"):
        abort(400)
    # Only names without `..` get here: they stay under UPLOAD_DIR.
    # ok: python.web.path-traversal
    return open(f"{UPLOAD_DIR}/{name}").read()


@app.route("/notes-raise")
def notes_raise():
    name = request.form["name"]
    if "../" in name:
        raise ValueError("file name must not contain '../'")
    # ok: python.web.path-traversal
    return open(f"{UPLOAD_DIR}/{name}").read()


@app.route("/notes-inside")
def notes_inside():
    name = request.args.get("name", "")
    if "/" not in name and ".." not in name:
        # ok: python.web.path-traversal
        return open(f"{UPLOAD_DIR}/{name}").read()
    # The other branch is where the dangerous names go.
    # ruleid: python.web.path-traversal
    return open(f"{UPLOAD_DIR}/{name}").read()


@app.route("/notes-logged")
def notes_logged():
    name = request.args.get("name", "")
    if ".." in name:
        # Noticed, but not stopped.
        app.logger.warning("suspicious file name %s", name)
    # ruleid: python.web.path-traversal
    return open(f"{UPLOAD_DIR}/{name}").read()


@app.route("/notes-partial")
def notes_partial():
    name = request.args.get("name", "")
    strict = request.args.get("strict") == "1"
    # Stops `..` only when both hold: a false condition proves nothing.
    if ".." in name and strict:
        abort(400)
    # ruleid: python.web.path-traversal
    return open(f"{UPLOAD_DIR}/{name}").read()


@app.route("/manual/index")
def manual_index():
    section = request.path.split("/")[1]
    # The route has no variable part: the path is always /manual/index.
    # ok: python.web.path-traversal
    return open(f"/srv/app/{section}/index.html").read()


@app.route("/manual/<path:page>")
def manual_page(page):
    chapter = request.path.split("/")[2]
    # ruleid: python.web.path-traversal
    return open(f"/srv/app/manual/{chapter}").read()


def legacy_manual(request):
    # A Django view: its path is whatever the URL patterns let through.
    chapter = request.path.split("/")[2]
    # ruleid: python.web.path-traversal
    return HttpResponse(open(f"/srv/app/manual/{chapter}").read())


@app.route("/attachment")
def attachment():
    params = RequestParams(request)
    name = params.get_query_parameter("name")
    # ruleid: python.web.path-traversal
    return send_file(f"{UPLOAD_DIR}/{name}")


@app.route("/attachment-default")
def attachment_default():
    params = RequestParams(request)
    name = params.default_name()
    # A getter not named for request data.
    # ok: python.web.path-traversal
    return send_file(f"{UPLOAD_DIR}/{name}")


@app.route("/exists")
def exists():
    name = request.args.get("name", "")
    target = f"{UPLOAD_DIR}/{name}"
    # Tells the client whether any file on the server exists.
    # ruleid: python.web.path-traversal
    return "yes" if os.path.exists(target) else "no"


@app.route("/report-exists")
def report_exists():
    path = REPORTS / request.args["report"]
    # ruleid: python.web.path-traversal
    if path.exists():
        return "ready"
    return "pending"


@app.route("/user-exists")
def user_exists():
    # A query set's `.exists()`: no file is involved.
    users = User.objects.filter(name=request.args["name"])
    # ok: python.web.path-traversal
    return "taken" if users.exists() else "free"


@app.route("/report-resolved")
def report_resolved():
    path = (REPORTS / request.args["report"]).resolve()
    if not str(path).startswith(str(REPORTS)):
        return "invalid path", 400
    # ok: python.web.path-traversal
    return path.read_text()
