def a(path):
    f = open(path)
    x = 1
    # ruleid: conf.pattern-inside.python
    data = f.read()
    # ok: conf.pattern-inside.python
    other.read()

def b(g):
    # ok: conf.pattern-inside.python
    g.read()

@app.route("/")
def index():
    # ruleid: conf.pattern-inside.python.def
    print("hit")
    return "ok"

def helper():
    # ok: conf.pattern-inside.python.def
    print("not a route")

def api_users(request):
    # ruleid: conf.pattern-inside.python.regex
    cursor.execute(q)

def users(request):
    # ok: conf.pattern-inside.python.regex
    cursor.execute(q)
