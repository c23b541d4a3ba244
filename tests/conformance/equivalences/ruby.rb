# ruleid: conf.equivalences.ruby
(sink(x))
# ruleid: conf.equivalences.ruby
sink((x))
# ruleid: conf.equivalences.ruby
sink x
# ruleid: conf.equivalences.ruby
sink(
  x
)
# ok: conf.equivalences.ruby
sink(x, y)
# ok: conf.equivalences.ruby
other(x)
# ruleid: conf.equivalences.ruby.assign
a = input()
# ok: conf.equivalences.ruby.assign
a = output()
