# ruleid: conf.deep-expressions.ruby
sink(source())
# ruleid: conf.deep-expressions.ruby
sink("a" + source())
# ruleid: conf.deep-expressions.ruby
sink(f(g(source())))
# ok: conf.deep-expressions.ruby
sink(x)
# ok: conf.deep-expressions.ruby
sink(source)
# ok: conf.deep-expressions.ruby
other("a" + source())
