# ruleid: conf.pattern.ruby
system(params[:cmd])
# ruleid: conf.pattern.ruby
ok = system("ls #{dir}")
# ok: conf.pattern.ruby
system("ls", dir)
# ok: conf.pattern.ruby
systemic(params[:cmd])
