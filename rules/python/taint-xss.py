import html

from django.http import HttpResponse, JsonResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)
api = FastAPI()


def greeting(name):
    # ruleid: python.web.xss
    return "<h1>Hello, %s!</h1>" % name


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python.web.xss
    return f"<h1>Hello, {name}!</h1>"


@app.route("/hello2")
def hello2():
    return greeting(request.args["name"])


@app.route("/search")
def search():
    q = request.args.get("q", "")
    page = "<html><body><p>Results for " + q + "</p></body></html>"
    # ruleid: python.web.xss
    return page


@app.route("/comment", methods=["POST"])
def comment():
    text = request.form["text"]
    # ruleid: python.web.xss
    resp = make_response("<div class='comment'>" + text + "</div>")
    return resp


@app.route("/bio")
def bio():
    # ruleid: python.web.xss
    text = Markup(request.args["bio"])
    return render_template("bio.html", bio=text)


@app.route("/bio-inline")
def bio_inline():
    # The engine does not look inside a sanitizer's arguments
    # (`render_template(...)`), so the `Markup` sink nested there is missed.
    # todoruleid: python.web.xss
    return render_template("bio.html", bio=Markup(request.args["bio"]))


@api.get("/welcome", response_class=HTMLResponse)
async def welcome(user: str):
    # ruleid: python.web.xss
    return HTMLResponse(f"<p>Welcome back, {user}</p>")


def django_profile(request):
    nickname = request.GET.get("nick", "")
    # ruleid: python.web.xss
    return HttpResponse("<b>" + nickname + "</b>")


def django_safe_string(request):
    # ruleid: python.web.xss
    banner = mark_safe(request.POST["banner"])
    return HttpResponse(format_html("<div>{}</div>", banner))


# --- Safe versions ---


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: python.web.xss
    return f"<h1>Hello, {escape(name)}!</h1>"


@app.route("/hello-template")
def hello_template():
    # ok: python.web.xss
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/search-safe")
def search_safe():
    q = html.escape(request.args.get("q", ""))
    page = "<html><body><p>Results for " + q + "</p></body></html>"
    # ok: python.web.xss
    return page


@app.route("/api/echo")
def echo():
    # ok: python.web.xss
    return jsonify(message=request.args.get("msg"))


@app.route("/page/<int:number>")
def page_number(number):
    # ok: python.web.xss
    return "<p>Page %d</p>" % int(number)


def django_profile_safe(request):
    nickname = request.GET.get("nick", "")
    # ok: python.web.xss
    return HttpResponse(format_html("<b>{}</b>", nickname))


def django_csv(request):
    name = request.GET.get("name", "")
    # ok: python.web.xss
    return HttpResponse("name\n" + name, content_type="text/csv")


def django_json(request):
    # ok: python.web.xss
    return JsonResponse({"nick": request.GET.get("nick")})


def django_js_catalog(request):
    domain = request.GET.get("domain", "djangojs")
    # ok: python.web.xss
    return HttpResponse("var domain = '" + domain + "';", 'text/javascript; charset="utf-8"')


def django_template_object(request):
    template = Engine().from_string("<p>{{ q }}</p>")
    html_out = template.render(Context({"q": request.GET.get("q")}))
    # ok: python.web.xss
    return HttpResponse(html_out)


@app.route("/benchmark", methods=["POST"])
def benchmark():
    RESPONSE = ""
    bar = request.form.get("p", "")
    RESPONSE += f"Parameter value: {bar}"
    # ruleid: python.web.xss
    return RESPONSE


@app.route("/plain")
def plain():
    # ruleid: python.web.xss
    return "Hello " + request.args.get("name", "")


@app.route("/escaped")
def escaped():
    bar = escape_for_html(request.args.get("x", ""))
    # ok: python.web.xss
    return f"value: {bar}"


@app.route("/data")
def data():
    # ok: python.web.xss
    return {"q": request.args.get("q")}


@api.get("/fastapi-text")
async def fastapi_text(q: str):
    # ok: python.web.xss
    return f"you asked for {q}"


@app.route("/header", methods=["POST"])
def header():
    bar = request.form.get("value", "")
    RESPONSE = "The value is now in a custom header."
    # ok: python.web.xss
    RESPONSE = make_response((RESPONSE, {"X-Value": bar}))
    return RESPONSE


@app.route("/tuple", methods=["POST"])
def tuple_body():
    bar = request.form.get("value", "")
    # ruleid: python.web.xss
    return make_response(("<p>" + bar + "</p>", 200))
