import os
import shutil
from pathlib import Path

from django.http import FileResponse as DjangoFileResponse
from django.http import HttpResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

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
