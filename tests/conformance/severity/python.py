# ruleid: conf.severity.python.error
error_call()
# ok: conf.severity.python.error
error_call(1)
# ruleid: conf.severity.python.warning
warning_call()
# ok: conf.severity.python.warning
warning_call(1)
# ruleid: conf.severity.python.info
info_call()
# ok: conf.severity.python.info
info_call(1)
# ruleid: conf.severity.python.critical
critical_call()
# ok: conf.severity.python.critical
critical_call(1)
# ruleid: conf.severity.python.high
high_call()
# ok: conf.severity.python.high
high_call(1)
# ruleid: conf.severity.python.medium
medium_call()
# ok: conf.severity.python.medium
medium_call(1)
# ruleid: conf.severity.python.low
low_call()
# ok: conf.severity.python.low
low_call(1)
