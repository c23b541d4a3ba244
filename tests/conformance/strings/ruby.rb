# ruleid: conf.strings.ruby.any
sink("a")
# ruleid: conf.strings.ruby.any
sink('b')
# ok: conf.strings.ruby.any
sink(x)
# ok: conf.strings.ruby.any
sink("x #{y}")
# ok: conf.strings.ruby.any
sink(:sym)
# ruleid: conf.strings.ruby.exact
check("a")
# ruleid: conf.strings.ruby.exact
check('a')
# ok: conf.strings.ruby.exact
check("b")
