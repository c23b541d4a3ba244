def f(path, flag):
    # ruleid: compat.deep-statement-python
    fh = open(path)
    if flag:
        fh.close()


def g(path):
    # ok: compat.deep-statement-python
    fh = open(path)
    return fh.read()
