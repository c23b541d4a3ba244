import sys
import ast

from flask import Flask, request

app = Flask(__name__)


def evaluate(expression):
    # ruleid: python.web.code-injection
    return eval(expression)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "1+1")
    # ruleid: python.web.code-injection
    result = eval(expr)
    return {"result": result}


@app.route("/calc2")
def calc2():
    return {"result": evaluate(request.args["expr"])}


@app.route("/run", methods=["POST"])
def run():
    code = request.get_json()["code"]
    scope = {}
    # ruleid: python.web.code-injection
    exec("def handler():\n" + code, scope)
    return {"ok": scope["handler"]()}


@app.route("/filter")
def filter_items():
    field = request.args["field"]
    # ruleid: python.web.code-injection
    items = eval(f"[i for i in ITEMS if i.{field}]")
    return {"items": items}


def calculator():
    # Console input and arguments: python.cli.input-injection reports these.
    line = input(">>> ")
    # ok: python.web.code-injection
    print(eval(line))


def main():
    # ok: python.web.code-injection
    exec(sys.argv[1])


# --- Safe versions ---


@app.route("/parse")
def parse():
    # ok: python.web.code-injection
    value = ast.literal_eval(request.args["value"])
    return {"value": value}


@app.route("/square")
def square():
    n = int(request.args["n"])
    # ok: python.web.code-injection
    return {"value": eval(f"{n} * {n}")}


def constant():
    # ok: python.web.code-injection
    return eval("2 ** 10")


@app.route("/literal", methods=["POST"])
def literal():
    bar = request.form.get("value", "")
    if not bar.startswith("'") or not bar.endswith("'") or "'" in bar[1:-1]:
        return "Only a quoted string is accepted"
    # ok: python.web.code-injection
    return str(eval(bar))


@app.route("/literal-unchecked", methods=["POST"])
def literal_unchecked():
    bar = request.form.get("value", "")
    if not bar.startswith("'") or not bar.endswith("'"):
        return "Only a quoted string is accepted"
    # ruleid: python.web.code-injection
    return str(eval(bar))
