# ruleid: conf.ellipsis.ruby.args
render(:show, status)
# ok: conf.ellipsis.ruby.args
render()
# ruleid: conf.ellipsis.ruby.params
def login(user, password)
  # ruleid: conf.ellipsis.ruby.statements
  f = File.open("a")
  f.write(user)
  f.close
  # ok: conf.ellipsis.ruby.statements
  g = File.open("b")
end
# ok: conf.ellipsis.ruby.params
def logout(user)
end
# ruleid: conf.ellipsis.ruby.array
hosts = ["a", "*"]
# ok: conf.ellipsis.ruby.array
hosts = ["a"]
# ruleid: conf.ellipsis.ruby.hash
cfg = { :name => "x", :debug => true }
# ok: conf.ellipsis.ruby.hash
cfg = { :debug => false }
