# ruleid: conf.pattern-not.python
requests.get(url)
# ruleid: conf.pattern-not.python
r = requests.post(url, data=d, verify=True)
# ok: conf.pattern-not.python
requests.get(url, timeout=5)
# ok: conf.pattern-not.python
requests.post(url, data=d, timeout=(1, 2))
# ok: conf.pattern-not.python
s = requests.Session()

# ruleid: conf.pattern-not.python.range
str(x)
# ok: conf.pattern-not.python.range
str("a")
# ruleid: conf.pattern-not.python.range
print(str(str("b")))

# ruleid: conf.pattern-not.python.bindings
shutil.copy(src, dst)
# ok: conf.pattern-not.python.bindings
shutil.copy(src, src)
