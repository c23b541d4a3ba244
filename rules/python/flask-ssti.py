from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python.flask.render-template-string-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/page")
def page():
    title = request.args.get("title", "")
    template = "<html><head><title>" + title + "</title></head><body>{{ body }}</body></html>"
    # ruleid: python.flask.render-template-string-injection
    return render_template_string(template, body="Welcome")


@app.route("/error")
def error():
    # ruleid: python.flask.render-template-string-injection
    return render_template_string("<p>Unknown page: %s</p>" % request.path), 404


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    # ok: python.flask.render-template-string-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/static-page")
def static_page():
    # ok: python.flask.render-template-string-injection
    return render_template_string(f"<p>{{{{ message }}}}</p>", message="hi")
