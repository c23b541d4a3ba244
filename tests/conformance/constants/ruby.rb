q = "ls"
# ruleid: conf.constants.ruby
system(q)
# ok: conf.constants.ruby
system(params[:c])
