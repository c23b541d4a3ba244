# ruleid: conf.pattern-either.python
pickle.loads(data)
# ruleid: conf.pattern-either.python
obj = pickle.load(f)
# ruleid: conf.pattern-either.python
yaml.load(doc)
# ruleid: conf.pattern-either.python
marshal.loads(raw)
# ok: conf.pattern-either.python
yaml.load(doc, Loader=yaml.SafeLoader)
# ok: conf.pattern-either.python
json.loads(data)
