# ruleid: conf.metavariable-regex.python
hashlib.new("md5")
# ruleid: conf.metavariable-regex.python
hashlib.new('SHA1', data)
# ok: conf.metavariable-regex.python
hashlib.new("sha256")
# ok: conf.metavariable-regex.python
hashlib.new(alg)

# ruleid: conf.metavariable-regex.python.anchored
cursor.execute(q)
# ruleid: conf.metavariable-regex.python.anchored
shell.exec(q)
# ok: conf.metavariable-regex.python.anchored
shell.run_exec(q)
