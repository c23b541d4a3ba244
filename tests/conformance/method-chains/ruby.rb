# ruleid: conf.method-chains.ruby
User.where(x).order(y)
# ruleid: conf.method-chains.ruby
Post.published.where(q).order(params[:o])
# ok: conf.method-chains.ruby
User.where(x).limit(1).order(y)
# ok: conf.method-chains.ruby
User.order(y)
# todoruleid: conf.method-chains.ruby.ellipsis
x.open().a().b().close()
# todoruleid: conf.method-chains.ruby.ellipsis
x.open().close()
# ok: conf.method-chains.ruby.ellipsis
x.reopen().close()
