# ruleid: conf.pattern-not-inside.python
f = open("a")
# ok: conf.pattern-not-inside.python
with open("a") as f:
    pass

def go(url, other):
    if is_safe_url(url):
        # ok: conf.pattern-not-inside.python.guard
        return redirect(url)
    if is_safe_url(other):
        # ruleid: conf.pattern-not-inside.python.guard
        return redirect(url)
    # ruleid: conf.pattern-not-inside.python.guard
    return redirect(url)
