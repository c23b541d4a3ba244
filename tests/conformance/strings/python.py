# ruleid: conf.strings.python.any
sink("a")
# ruleid: conf.strings.python.any
sink('b')
# ruleid: conf.strings.python.any
sink(r"c")
# ruleid: conf.strings.python.any
sink("""d""")
# ok: conf.strings.python.any
sink(x)
# ok: conf.strings.python.any
sink(f"{x}")
# ok: conf.strings.python.any
sink(1)
# ruleid: conf.strings.python.exact
check("a")
# ruleid: conf.strings.python.exact
check('a')
# ruleid: conf.strings.python.exact
check("""a""")
# ok: conf.strings.python.exact
check("b")
# ok: conf.strings.python.exact
check(a)
