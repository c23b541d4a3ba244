# ruleid: conf.patterns.python
open("/etc/passwd", "w")
# ruleid: conf.patterns.python
f = open('log.txt', mode)
# ok: conf.patterns.python
open(path, "w")
# ok: conf.patterns.python
open("/etc/passwd")

# ruleid: conf.patterns.python.nested
hashlib.new("md5", data)
# ruleid: conf.patterns.python.nested
hashlib.md5(data)
# ok: conf.patterns.python.nested
hashlib.new("sha256", data)

def test_hash():
    # ok: conf.patterns.python.nested
    hashlib.md5(b"x")

def helper():
    # ruleid: conf.patterns.python.nested
    hashlib.md5(b"x")
