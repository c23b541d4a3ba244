# ruleid: conf.pattern-not-regex.python
logger.info(msg)
# The regex match is inside the code match.
# ok: conf.pattern-not-regex.python
logger.debug(msg)
# The code match is inside the regex match.
# ok: conf.pattern-not-regex.python
logger.info(msg)  # nolog
# ruleid: conf.pattern-not-regex.python
logger.warning("x")
