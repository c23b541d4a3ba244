# ruleid: conf.metadata.python
pickle.loads(blob)
# ok: conf.metadata.python
json.loads(blob)
# ruleid: conf.metadata.python.strings
os.system(cmd)
# ok: conf.metadata.python.strings
os.getcwd()
# ruleid: conf.metadata.python.none
print(x)
# ok: conf.metadata.python.none
pprint(x)
