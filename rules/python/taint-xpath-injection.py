import xml.etree.ElementTree as ET

import lxml.etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/employee", methods=["POST"])
def employee():
    bar = request.form.get("id", "")
    root = lxml.etree.parse("employees.xml")
    query = f"/Employees/Employee[@emplid='{bar}']"
    # ruleid: python.web.xpath-injection
    run_query = lxml.etree.XPath(query)
    nodes = run_query(root)
    # ruleid: python.web.xpath-injection
    names = root.xpath("//Employee[name='" + bar + "']/name/text()")
    return str(len(nodes) + len(names))


@app.route("/user")
def user():
    name = request.args["name"]
    tree = ET.parse("users.xml")
    # ruleid: python.web.xpath-injection
    found = tree.findall(".//user[@name='%s']" % name)
    return str(len(found))


# --- Safe versions ---


@app.route("/employee-safe", methods=["POST"])
def employee_safe():
    bar = request.form.get("id", "")
    root = lxml.etree.parse("employees.xml")
    # ok: python.web.xpath-injection
    nodes = root.xpath("/Employees/Employee[@emplid=$id]", id=bar)
    return str(len(nodes))


@app.route("/count")
def count():
    text = request.args.get("text", "")
    # ok: python.web.xpath-injection
    pos = text.find(request.args.get("needle", ""))
    root = lxml.etree.parse("employees.xml")
    # ok: python.web.xpath-injection
    total = root.xpath("count(//Employee)")
    # ok: python.web.xpath-injection
    page = root.xpath("//Employee[%d]" % int(request.args["n"]))
    return str(pos + total + len(page))


@app.route("/checked", methods=["POST"])
def checked():
    bar = request.form.get("id", "")
    if "'" in bar:
        return "Employee ID must not contain apostrophes"
    root = lxml.etree.parse("employees.xml")
    # ok: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{bar}']"))


@app.route("/checked-other", methods=["POST"])
def checked_other():
    bar = request.form.get("id", "")
    if "<" in bar:
        return "no markup"
    root = lxml.etree.parse("employees.xml")
    # ruleid: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{bar}']"))


@app.route("/checked-escaped", methods=["POST"])
def checked_escaped():
    bar = request.form.get("id", "")
    if '\'' in bar:
        return "Employee ID must not contain apostrophes"
    root = lxml.etree.parse("employees.xml")
    # ok: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{bar}']"))


@app.route("/checked-raise", methods=["POST"])
def checked_raise():
    bar = request.form.get("id", "")
    if "'" in bar or len(bar) > 20:
        raise ValueError("bad employee id")
    root = lxml.etree.parse("employees.xml")
    # ok: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{bar}']"))


@app.route("/entity", methods=["POST"])
def entity():
    bar = request.form.get("id", "")
    root = lxml.etree.parse("employees.xml")
    safe = bar.replace("'", "&apos;")
    # No apostrophe is left to end the literal.
    # ok: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{safe}']"))


@app.route("/backslash", methods=["POST"])
def backslash():
    bar = request.form.get("id", "")
    root = lxml.etree.parse("employees.xml")
    escaped = bar.replace("'", "\\'")
    # XPath has no backslash escape: `\'` still ends the literal.
    # ruleid: python.web.xpath-injection
    return str(root.xpath(f"/Employees/Employee[@emplid='{escaped}']"))
