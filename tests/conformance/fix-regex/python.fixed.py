# ruleid: conf.fix-regex.python
h = hashlib.sha256(data)
# ok: conf.fix-regex.python
h = hashlib.sha1(b"md5")
# ruleid: conf.fix-regex.python.groups
requests.get(url, verify=True)
# ok: conf.fix-regex.python.groups
requests.get(url, verify=True)
