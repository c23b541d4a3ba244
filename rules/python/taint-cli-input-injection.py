import ast
import os
import shlex
import sqlite3
import subprocess
import sys


def calculator():
    expression = input("Expression: ")
    # ruleid: python.cli.input-injection
    print(eval(expression))


def run_tool(command):
    # ruleid: python.cli.input-injection
    return subprocess.check_output(command, shell=True)


def main():
    host = sys.argv[1]
    # ruleid: python.cli.input-injection
    os.system("ping -c 1 " + host)
    print(run_tool(f"dig {sys.argv[2]}"))
    conn = sqlite3.connect("users.db")
    user = input("User to delete: ")
    # ruleid: python.cli.input-injection
    conn.execute(f"DELETE FROM users WHERE name = '{user}'")
    # Environment variables are the operator's configuration: not a source.
    editor = os.environ.get("EDITOR", "vi")
    # ok: python.cli.input-injection
    os.system(editor + " notes.txt")


# --- Safe versions ---


def calculator_safe():
    # ok: python.cli.input-injection
    print(ast.literal_eval(input("Number or list: ")))


def main_safe():
    host = sys.argv[1]
    # ok: python.cli.input-injection
    subprocess.run(["ping", "-c", "1", host], check=True)
    # ok: python.cli.input-injection
    os.system("ping -c 1 " + shlex.quote(host))
    conn = sqlite3.connect("users.db")
    # ok: python.cli.input-injection
    conn.execute("DELETE FROM users WHERE name = ?", (input("User: "),))
    count = int(input("How many? "))
    # ok: python.cli.input-injection
    os.system(f"seq {count}")


def migrate(conn):
    script = os.environ["MIGRATION_SQL"]
    # ok: python.cli.input-injection
    conn.executescript(script)
