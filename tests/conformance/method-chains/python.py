# ruleid: conf.method-chains.python
User.objects.filter(a=1).extra(where=[q])
# ruleid: conf.method-chains.python
Order.objects.filter().extra(select=s)
# ok: conf.method-chains.python
User.objects.extra(where=[q])
# ok: conf.method-chains.python
User.objects.filter(a=1).order_by("x").extra(where=[q])
# todoruleid: conf.method-chains.python.ellipsis
x.open().a().b().close()
# todoruleid: conf.method-chains.python.ellipsis
x.open().close()
# ok: conf.method-chains.python.ellipsis
x.reopen().close()
