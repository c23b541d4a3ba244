# todook: conf.paths.python.include
# ruleid: conf.paths.python.exclude
pickle.loads(data)
# ok: conf.paths.python.include, conf.paths.python.exclude
json.loads(data)
