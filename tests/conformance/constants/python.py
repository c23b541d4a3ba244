Q = "SELECT 1"

def f(user):
    q = "SELECT * FROM t"
    # ruleid: conf.constants.python
    cursor.execute(q)
    # ruleid: conf.constants.python
    cursor.execute(Q)
    # ruleid: conf.constants.python
    cursor.execute("SELECT 2")
    # ok: conf.constants.python
    cursor.execute(user)
    # ruleid: conf.constants.python
    cursor.execute("SELECT * FROM " + Q)
    # ok: conf.constants.python
    cursor.execute("SELECT * FROM t WHERE name = '" + user + "'")
    r = "a"
    r = r + user
    # Reassigned: not a constant.
    # ok: conf.constants.python
    cursor.execute(r)
    # Semgrep folds concatenations of literals.
    s = "SELECT " + "3"
    # todoruleid: conf.constants.python
    cursor.execute(s)
    # And propagates through copies.
    t = q
    # todoruleid: conf.constants.python
    cursor.execute(t)

def g(q):
    # A parameter that shares a name with another function's constant is not
    # that constant.
    # ok: conf.constants.python
    cursor.execute(q)

cmd = "rm -rf /"
# ruleid: conf.constants.python.value
os.system(cmd)
# ok: conf.constants.python.value
os.system("ls")
