import urllib.parse

from django.http import HttpResponseRedirect
from django.shortcuts import redirect as dj_redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, make_response, redirect, request, url_for

from app.forms import FormReader

app = Flask(__name__)
api = FastAPI()


def go(target):
    # ruleid: python.web.open-redirect
    return redirect(target)


@app.route("/login", methods=["POST"])
def login():
    next_url = request.args.get("next", "/")
    # ruleid: python.web.open-redirect
    return redirect(next_url)


@app.route("/logout")
def logout():
    return go(request.args["return_to"])


@app.route("/out")
def outbound():
    host = request.args["host"]
    # ruleid: python.web.open-redirect
    return redirect("https://" + host + "/welcome")


@app.route("/bounce")
def bounce():
    resp = make_response("", 302)
    # ruleid: python.web.open-redirect
    resp.headers["Location"] = request.values["to"]
    return resp


@api.get("/sso/callback")
async def sso_callback(state: str):
    # ruleid: python.web.open-redirect
    return RedirectResponse(state)


def django_login(request):
    # ruleid: python.web.open-redirect
    return HttpResponseRedirect(request.GET.get("next", "/"))


def django_continue(request):
    target = request.POST.get("continue")
    # ruleid: python.web.open-redirect
    return dj_redirect(target)


# --- Safe versions ---


@app.route("/login-safe", methods=["POST"])
def login_safe():
    # ok: python.web.open-redirect
    return redirect(url_for("profile", tab=request.args.get("tab")))


@app.route("/user")
def user():
    name = request.args["name"]
    # The path is fixed in code; the user only picks a segment of it.
    # ok: python.web.open-redirect
    return redirect("/users/" + name)


@app.route("/user2")
def user2():
    name = request.args["name"]
    # ok: python.web.open-redirect
    return redirect(f"/users/{name}/profile")


def django_login_safe(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # ok: python.web.open-redirect
    return HttpResponseRedirect(next_url)


@app.route("/home")
def home():
    # ok: python.web.open-redirect
    return redirect("/dashboard")


@app.route("/bounce-slash")
def bounce_slash():
    # "/" + "/evil.example" is "//evil.example": a redirect to another host.
    # ruleid: python.web.open-redirect
    return redirect("/" + request.args["path"])


def django_login_checked(request):
    redirect_to = request.POST.get("next", request.GET.get("next", ""))
    url_is_safe = url_has_allowed_host_and_scheme(url=redirect_to, allowed_hosts={request.get_host()})
    target = redirect_to if url_is_safe else "/"
    # ok: python.web.open-redirect
    return HttpResponseRedirect(target)


@app.route("/self")
def same_page():
    # The request's own path: where the user already is.
    # ok: python.web.open-redirect
    return redirect(request.path + "?saved=1")


def django_filters(request):
    filters = request.GET.urlencode()
    # ok: python.web.open-redirect
    return HttpResponseRedirect("/admin/orders/?" + filters)


def django_legacy_search(request):
    search_url = reverse("document-search")
    q = request.GET.get("q")
    if q:
        search_url += "?q=%s" % q
    # ok: python.web.open-redirect
    return redirect(search_url)


@app.route("/continue")
def continue_to():
    # A header the client sends: a proxy or a crafted request chooses it.
    target = request.headers.get("X-Return-To", "/")
    # ruleid: python.web.open-redirect
    return redirect(target)


@app.route("/continue-wrapped")
def continue_wrapped():
    form = FormReader(request)
    # ruleid: python.web.open-redirect
    return redirect(form.get_form_field("next"))


@app.route("/out")
def outbound():
    target = request.args.get("url", "")
    try:
        parsed = urllib.parse.urlparse(target)
        if parsed.netloc not in ["docs.example.com"] or parsed.scheme != "https":
            return "unknown destination", 400
    except ValueError:
        return "bad URL", 400
    # ok: python.web.open-redirect
    return redirect(target)


@app.route("/out-unchecked")
def outbound_unchecked():
    target = request.args.get("url", "")
    try:
        parsed = urllib.parse.urlparse(target)
    except ValueError:
        return "bad URL", 400
    # ruleid: python.web.open-redirect
    return redirect(target)
