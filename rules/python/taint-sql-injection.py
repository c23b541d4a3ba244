import sqlite3
import sys

import pandas as pd
from django.db.models.expressions import RawSQL
from django.http import HttpResponse
from fastapi import Depends, FastAPI, Query
from flask import Flask, request
from psycopg2 import sql
from sqlalchemy import select, text

app = Flask(__name__)
api = FastAPI()
ALLOWED_COLUMNS = {"name", "created_at"}


def get_db():
    return sqlite3.connect("app.db")


def find_user(cur, username):
    # The helper's parameter carries the request's data in `by_name`.
    # ruleid: python.web.sql-injection
    cur.execute("SELECT * FROM users WHERE username = '" + username + "'")
    return cur.fetchone()


def where_clause(field, value):
    return f"WHERE {field} = '{value}'"


@app.route("/users")
def search_direct():
    cur = get_db().cursor()
    # ruleid: python.web.sql-injection
    cur.execute("SELECT * FROM users WHERE name = '%s'" % request.args["name"])
    return {"users": cur.fetchall()}


@app.route("/users/by-email")
def search_variable():
    email = request.args.get("email", "")
    query = f"SELECT id, name FROM users WHERE email = '{email}'"
    cur = get_db().cursor()
    # ruleid: python.web.sql-injection
    cur.execute(query)
    return {"users": cur.fetchall()}


@app.route("/users/by-name", methods=["POST"])
def by_name():
    data = request.get_json()
    cur = get_db().cursor()
    return {"user": find_user(cur, data["username"])}


@app.route("/orders")
def orders():
    status = request.form["status"]
    sql_text = "SELECT * FROM orders "
    sql_text += where_clause("status", status)
    conn = get_db()
    # ruleid: python.web.sql-injection
    rows = conn.execute(sql_text).fetchall()
    return {"orders": rows}


@app.route("/report")
def report():
    region = request.values.get("region")
    # ruleid: python.web.sql-injection
    frame = pd.read_sql("SELECT * FROM sales WHERE region = '{}'".format(region), get_db())
    return frame.to_json()


@app.route("/user/<username>")
def profile(username):
    cur = get_db().cursor()
    # ruleid: python.web.sql-injection
    cur.execute(f"SELECT * FROM users WHERE username = '{username}'")
    return {"user": cur.fetchone()}


@api.get("/items")
async def list_items(q: str = Query(""), db=Depends(get_db)):
    # ruleid: python.web.sql-injection
    rows = db.execute(text(f"SELECT * FROM items WHERE title LIKE '%{q}%'")).fetchall()
    return {"items": rows}


def django_search(request):
    term = request.GET.get("q", "")
    people = Person.objects.raw(
        # ruleid: python.web.sql-injection
        "SELECT * FROM people WHERE last_name = '" + term + "'"
    )
    # ruleid: python.web.sql-injection
    recent = Person.objects.extra(where=["last_name = '%s'" % term])
    # ruleid: python.web.sql-injection
    annotated = Person.objects.annotate(x=RawSQL("SELECT '%s'" % term, ()))
    return HttpResponse(len(people) + len(recent) + len(annotated))


def cli_lookup(conn):
    # Console input and arguments: python.cli.input-injection reports these.
    name = input("Name: ")
    # ok: python.web.sql-injection
    conn.executescript("DELETE FROM users WHERE name = '" + name + "';")
    # ok: python.web.sql-injection
    conn.execute("SELECT * FROM users WHERE id = " + sys.argv[1])


@app.route("/table")
def dynamic_table():
    table = request.args["table"]
    cur = get_db().cursor()
    # ruleid: python.web.sql-injection
    cur.execute(sql.SQL("SELECT * FROM " + table))


# --- Safe versions ---


@app.route("/users-safe")
def search_parameterized():
    name = request.args["name"]
    cur = get_db().cursor()
    # ok: python.web.sql-injection
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: python.web.sql-injection
    cur.execute("SELECT * FROM users WHERE name = %(name)s", {"name": name})
    return {"users": cur.fetchall()}


@app.route("/users-in")
def search_in_list():
    ids = request.args.getlist("id")
    marks = ", ".join("?" for _ in ids)
    cur = get_db().cursor()
    # ok: python.web.sql-injection
    cur.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)
    percent = ",".join(["%s"] * len(ids))
    # ok: python.web.sql-injection
    cur.execute("SELECT * FROM users WHERE id IN (%s)" % percent, ids)


@app.route("/page")
def page_number():
    page = int(request.args.get("page", 1))
    limit = request.args.get("limit", "10")
    if not limit.isdigit():
        raise ValueError("limit must be a number")
    cur = get_db().cursor()
    # ok: python.web.sql-injection
    cur.execute(f"SELECT * FROM posts LIMIT {limit} OFFSET {page * 10}")


@app.route("/sorted")
def sorted_users():
    column = request.args.get("sort", "name")
    cur = get_db().cursor()
    if column in ALLOWED_COLUMNS:
        # ok: python.web.sql-injection
        cur.execute(f"SELECT * FROM users ORDER BY {column}")


@app.route("/sorted-2")
def sorted_users_composed():
    column = request.args.get("sort", "name")
    query = sql.SQL("SELECT * FROM users ORDER BY {}").format(sql.Identifier(column))
    cur = get_db().cursor()
    # ok: python.web.sql-injection
    cur.execute(query)


@api.get("/items-safe")
async def list_items_safe(q: str = Query(""), db=Depends(get_db)):
    # ok: python.web.sql-injection
    rows = db.execute(text("SELECT * FROM items WHERE title LIKE :q"), {"q": f"%{q}%"}).fetchall()
    # ok: python.web.sql-injection
    more = db.execute(select(Item).where(Item.title == q)).scalars().all()
    return {"items": rows + more}


@api.get("/items/{item_id}")
async def get_item(item_id: int, db=Depends(get_db)):
    # ok: python.web.sql-injection
    return db.execute(f"SELECT * FROM items WHERE id = {item_id}").fetchone()


def constant_query(conn, table_suffix="2024"):
    query = "SELECT * FROM events_" + table_suffix
    # ok: python.web.sql-injection
    return conn.execute(query).fetchall()


@app.route("/reassigned")
def reassigned():
    query = "SELECT * FROM users WHERE name = '" + request.args["name"] + "'"
    query = "SELECT * FROM users"
    # ok: python.web.sql-injection
    return {"users": get_db().execute(query).fetchall()}


@app.route("/not-in")
def not_in_check():
    column = request.args.get("sort", "name")
    if column not in ALLOWED_COLUMNS:
        return {"error": "bad column"}, 400
    # The check `not in` ... `return` cleans `column`, but the engine only
    # reads `not X` or `!X` conditions as negated, so it still reports this.
    # todook: python.web.sql-injection
    return {"users": get_db().execute(f"SELECT * FROM users ORDER BY {column}").fetchall()}
