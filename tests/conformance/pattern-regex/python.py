# ruleid: conf.pattern-regex.python
password = "hunter2"
def f():
    # ruleid: conf.pattern-regex.python
    password = 'x'
# ok: conf.pattern-regex.python
old_password = "hunter2"
# ok: conf.pattern-regex.python
password = get_secret()

# ruleid: conf.pattern-regex.python.and
debug("TODO remove")
# ok: conf.pattern-regex.python.and
debug("done")
# ok: conf.pattern-regex.python.and
info("TODO")
