import random
from random import randint

# ruleid: compat.import-metavariable-python
random.choice(items)
# ruleid: compat.import-metavariable-python
randint(1, 10)


def f():
    from random import choice
    # ruleid: compat.import-metavariable-python
    return choice(items)


def g(items):
    # ok: compat.import-metavariable-python
    return secrets.choice(items)
