import sqlite3

import pandas as pd


def find_user(conn, username):
    cur = conn.cursor()
    # ruleid: python.dbapi.sql-string-query
    cur.execute("SELECT * FROM users WHERE username = '" + username + "'")
    return cur.fetchone()


def find_by_email(cur, email):
    # ruleid: python.dbapi.sql-string-query
    cur.execute(f"SELECT id, name FROM users WHERE email = '{email}'")
    return cur.fetchall()


def delete_post(cur, post_id):
    # ruleid: python.dbapi.sql-string-query
    cur.execute("DELETE FROM posts WHERE id = %s" % post_id)


def rename(cur, table, name, new):
    # ruleid: python.dbapi.sql-string-query
    cur.execute("UPDATE {} SET name = '{}' WHERE name = '{}'".format(table, new, name))


def search(conn, term, order):
    base = "SELECT * FROM products WHERE name LIKE '%" + term + "%'"
    query = base + " ORDER BY " + order
    with conn:
        cur = conn.cursor()
        # ruleid: python.dbapi.sql-string-query
        cur.execute(query)
        return cur.fetchall()


def report(conn, region):
    sql = f"""
        SELECT region, SUM(total) FROM orders
        WHERE region = '{region}'
        GROUP BY region
    """
    # ruleid: python.dbapi.sql-string-query
    return pd.read_sql(sql, conn)


def find_user_safe(conn, username):
    cur = conn.cursor()
    # ok: python.dbapi.sql-string-query
    cur.execute("SELECT * FROM users WHERE username = ?", (username,))
    return cur.fetchone()


def find_by_email_safe(cur, email):
    # ok: python.dbapi.sql-string-query
    cur.execute("SELECT id, name FROM users WHERE email = %(email)s", {"email": email})


def fetch_many(cur, ids):
    placeholders = ", ".join("?" for _ in ids)
    # ok: python.dbapi.sql-string-query
    cur.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids)
    return cur.fetchall()


def fetch_many_percent(cur, ids):
    marks = ",".join(["%s"] * len(ids))
    # ok: python.dbapi.sql-string-query
    cur.execute("SELECT * FROM users WHERE id IN (%s)" % marks, ids)


def constant_parts(cur):
    # ok: python.dbapi.sql-string-query
    cur.execute("SELECT id, name " + "FROM users ORDER BY id")


def reassigned(cur, name):
    query = f"SELECT * FROM users WHERE name = '{name}'"
    query = "SELECT * FROM users WHERE name = ?"
    # ok: python.dbapi.sql-string-query
    cur.execute(query, (name,))


def report_safe(conn, region):
    # ok: python.dbapi.sql-string-query
    return pd.read_sql("SELECT * FROM orders WHERE region = ?", conn, params=(region,))
