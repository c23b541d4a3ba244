import ast
import json

from flask import request


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "")
    # In a view, python.web.code-injection follows the request's data.
    # ok: python.lang.eval-non-literal
    return str(eval(expr))


def apply_filter(rows, condition):
    # ruleid: python.lang.eval-non-literal
    return [r for r in rows if eval(condition, {"r": r})]


def run_plugin(source):
    # ruleid: python.lang.eval-non-literal
    exec(source)


def parse_settings(text):
    # ruleid: python.lang.eval-non-literal
    return eval(f"dict({text})")


def calc_safe():
    # ok: python.lang.eval-non-literal
    return ast.literal_eval(request.args.get("expr", "0"))


def parse_settings_safe(text):
    # ok: python.lang.eval-non-literal
    return json.loads(text)


def evaluate_model(model, loader):
    # ok: python.lang.eval-non-literal
    model.eval()
    return [model(x) for x in loader]


def constant():
    # ok: python.lang.eval-non-literal
    return eval("1 + 2")
