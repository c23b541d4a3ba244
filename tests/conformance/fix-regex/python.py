# ruleid: conf.fix-regex.python
h = hashlib.md5(data)
# ok: conf.fix-regex.python
h = hashlib.sha1(b"md5")
# ruleid: conf.fix-regex.python.groups
requests.get(url, verify=False)
# ok: conf.fix-regex.python.groups
requests.get(url, verify=True)
