# ruleid: conf.deep-expressions.python
sink(source())
# ruleid: conf.deep-expressions.python
sink("a" + source())
# ruleid: conf.deep-expressions.python
sink(f(g(source())))
# ok: conf.deep-expressions.python
sink(x)
# ok: conf.deep-expressions.python
sink(source)
# ok: conf.deep-expressions.python
other("a" + source())
# ruleid: conf.deep-expressions.python.condition
if user.is_admin and not banned:
    pass
# ruleid: conf.deep-expressions.python.condition
if check(request.user.is_admin):
    pass
# ok: conf.deep-expressions.python.condition
if user.is_staff:
    pass
# ruleid: conf.deep-expressions.python.agree
ok = str(a.id) == a.id
# ok: conf.deep-expressions.python.agree
ok = str(a.id) == b.id
