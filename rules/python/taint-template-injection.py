from django.http import HttpResponse
from django.template import Context, Template
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment
from markupsafe import escape

app = Flask(__name__)
env = Environment()


def page(title, body):
    # ruleid: python.web.template-injection
    return render_template_string("<html><title>" + title + "</title><body>{{ body }}</body></html>", body=body)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python.web.template-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/page")
def show_page():
    return page(request.args["title"], "Welcome")


@app.route("/escaped")
def escaped():
    # HTML escaping leaves `{{` and `}}` alone: still injection.
    name = escape(request.args.get("name", ""))
    template = "<p>Hi %s</p>" % name
    # ruleid: python.web.template-injection
    return render_template_string(template)


@app.route("/mail", methods=["POST"])
def mail_preview():
    data = request.get_json()
    # ruleid: python.web.template-injection
    tpl = env.from_string(data["template"])
    return tpl.render(user="preview")


def django_greeting(request):
    # ruleid: python.web.template-injection
    template = Template("<p>Hello " + request.GET.get("name", "") + "</p>")
    return HttpResponse(template.render(Context({})))


@app.errorhandler(404)
def not_found(e):
    template = "<h1>Not found</h1><p>%s</p>" % request.url
    # ruleid: python.web.template-injection
    return render_template_string(template), 404


# --- Safe versions ---


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: python.web.template-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/hello-file")
def hello_file():
    # ok: python.web.template-injection
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/count")
def count():
    n = int(request.args.get("n", "1"))
    # ok: python.web.template-injection
    return render_template_string("<p>" + str(n) + " items</p>")


def django_greeting_safe(request):
    # ok: python.web.template-injection
    template = Template("<p>Hello {{ name }}</p>")
    return HttpResponse(template.render(Context({"name": request.GET.get("name", "")})))
