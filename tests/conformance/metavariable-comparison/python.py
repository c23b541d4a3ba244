# ruleid: conf.metavariable-comparison.python
rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ok: conf.metavariable-comparison.python
rsa.generate_private_key(public_exponent=65537, key_size=4096)
# ok: conf.metavariable-comparison.python
rsa.generate_private_key(public_exponent=65537, key_size=size)

# ruleid: conf.metavariable-comparison.python.strings
AES.new(key, AES.MODE_ECB)
# ruleid: conf.metavariable-comparison.python.strings
AES.new(key, AES.MODE_CBC)
# ok: conf.metavariable-comparison.python.strings
AES.new(test_key, AES.MODE_CBC)
# ok: conf.metavariable-comparison.python.strings
AES.new(key, AES.MODE_GCM)

# ruleid: conf.metavariable-comparison.python.int
listen("22")
# ruleid: conf.metavariable-comparison.python.int
listen(10000)
# ok: conf.metavariable-comparison.python.int
listen(80)
# ok: conf.metavariable-comparison.python.int
listen(8080)
