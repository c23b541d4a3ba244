# ruleid: conf.pattern-either.ruby
system("ls #{dir}")
# ruleid: conf.pattern-either.ruby
exec(cmd)
# ruleid: conf.pattern-either.ruby
IO.popen(cmd)
# ok: conf.pattern-either.ruby
File.open(cmd)
