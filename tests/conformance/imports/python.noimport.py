# Without an import, a bare name is not the module's function.
# ok: conf.imports.python
call(cmd)
# ok: conf.imports.python.from
system(cmd)
# ruleid: conf.imports.python.from
os.system(cmd)
