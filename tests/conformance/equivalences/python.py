# ruleid: conf.equivalences.python
(sink(x))
# ruleid: conf.equivalences.python
sink((x))
# ruleid: conf.equivalences.python
sink( x )
# ruleid: conf.equivalences.python
sink(
    # a comment
    x,
)
# ok: conf.equivalences.python
sink(x, y)
# ok: conf.equivalences.python
(sink)
# ruleid: conf.equivalences.python.binary
q = ("SELECT " + name)
# ruleid: conf.equivalences.python.binary
q = ("SELECT ") + (name)
# ok: conf.equivalences.python.binary
q = "UPDATE " + name
# ruleid: conf.equivalences.python.assign
a = input()
# ruleid: conf.equivalences.python.assign
a, b = input()
# ok: conf.equivalences.python.assign
a = output()
