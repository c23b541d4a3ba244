# ruleid: conf.metavariables.python.same
check(a == a)
# ruleid: conf.metavariables.python.same
check(obj.size() == obj . size())
# ok: conf.metavariables.python.same
check(a == b)
# ok: conf.metavariables.python.same
check(a != a)
# ruleid: conf.metavariables.python.anonymous
check(a, b)
# ok: conf.metavariables.python.anonymous
check(a)
# ruleid: conf.metavariables.python.sequence
run(FLAG)
# ruleid: conf.metavariables.python.sequence
run(a, b, FLAG)
# ok: conf.metavariables.python.sequence
run(FLAG, a)
# Semgrep compares bound code by meaning: two spellings of one string agree.
# ruleid: conf.metavariables.python.same
check("a" == 'a')

def g():
    # ruleid: conf.metavariables.python.flow
    x = input("?")
    y = 1
    eval(x)

def h():
    # ok: conf.metavariables.python.flow
    x = input("?")
    eval(y)

# ruleid: conf.metavariables.python.names
db.execute(input("q"))
# ok: conf.metavariables.python.names
db.execute(read("q"))
