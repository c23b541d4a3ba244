# ruleid: conf.metavariable-pattern.python
subprocess.run(request.args, shell=True)
# ruleid: conf.metavariable-pattern.python
subprocess.run(["ls", input("dir")])
# ok: conf.metavariable-pattern.python
subprocess.run(["ls", "-l"])

# ruleid: conf.metavariable-pattern.python.nested
cur.execute("SELECT {}".format(name))
# ok: conf.metavariable-pattern.python.nested
cur.execute("SELECT 1".format())
# ok: conf.metavariable-pattern.python.nested
cur.execute(q)

# ruleid: conf.metavariable-pattern.python.embedded
js_engine.run("var x = eval(input);")
# ok: conf.metavariable-pattern.python.embedded
js_engine.run("console.log('evaluate')")

# ruleid: conf.metavariable-pattern.python.generic
cursor.execute("DROP TABLE users")
# ok: conf.metavariable-pattern.python.generic
cursor.execute("SELECT * FROM dropped_tables")
