import ldap
import ldap3
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


def get_connection():
    return ldap3.Connection(ldap3.Server("ldap://localhost"), auto_bind=True)


@app.route("/user", methods=["POST"])
def find_user():
    uid = request.form["uid"]
    conn = get_connection()
    search_filter = f"(&(objectclass=person)(uid={uid}))"
    # ruleid: python.web.ldap-injection
    conn.search("ou=users,dc=example,dc=com", search_filter, attributes=ldap3.ALL_ATTRIBUTES)
    return str(len(conn.entries))


@app.route("/login")
def login():
    name = request.args.get("name")
    l = ldap.initialize("ldap://localhost")
    # ruleid: python.web.ldap-injection
    res = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=" + name + ")")
    return str(res)


# --- Safe versions ---


@app.route("/user-safe", methods=["POST"])
def find_user_safe():
    uid = escape_filter_chars(request.form["uid"])
    conn = get_connection()
    # ok: python.web.ldap-injection
    conn.search("ou=users,dc=example,dc=com", f"(&(objectclass=person)(uid={uid}))")
    return str(len(conn.entries))


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ok: python.web.ldap-injection
    hits = index.search(q, limit=10)
    conn = get_connection()
    # ok: python.web.ldap-injection
    conn.search("ou=users,dc=example,dc=com", "(objectclass=person)")
    return str(hits)
