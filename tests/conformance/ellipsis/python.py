# ruleid: conf.ellipsis.python.args
subprocess.call("ls", shell=True)
# ruleid: conf.ellipsis.python.args
subprocess.call(cmd, cwd="/", shell=True, env=e)
# ok: conf.ellipsis.python.args
subprocess.call(cmd, shell=False)

# ruleid: conf.ellipsis.python.arg
log("a", request.args, "b")
# ok: conf.ellipsis.python.arg
log("a", "b")

# ruleid: conf.ellipsis.python.params
def login(password):
    pass
# ruleid: conf.ellipsis.python.params
def login2(user, password, *rest):
    pass
# ok: conf.ellipsis.python.params
def login3(user, passwd):
    pass
# A `def` pattern matches `async def` too (Semgrep ignores the keyword).
# ruleid: conf.ellipsis.python.params
async def login4(user, password):
    pass

def critical(lock):
    # ruleid: conf.ellipsis.python.statements
    lock.acquire()
    work()
    more()
    lock.release()
    # ruleid: conf.ellipsis.python.statements
    lock.acquire()
    lock.release()

def unbalanced(lock):
    # ok: conf.ellipsis.python.statements
    lock.acquire()
    work()

# ruleid: conf.ellipsis.python.list
ALLOWED_HOSTS = ["*"]
# ruleid: conf.ellipsis.python.list
CORS = ["a.example", "*", "b.example"]
# ok: conf.ellipsis.python.list
HOSTS = ["a.example"]

# ruleid: conf.ellipsis.python.dict
settings = {"DEBUG": True}
# ruleid: conf.ellipsis.python.dict
settings = {"NAME": "x", "DEBUG": True, "PORT": 1}
# ok: conf.ellipsis.python.dict
settings = {"DEBUG": False}

# ruleid: conf.ellipsis.python.tuple
t = (1, 0, 2)
# ok: conf.ellipsis.python.tuple
t = (1, 2)

# ruleid: conf.ellipsis.python.set
s = {"a", "*"}
# ok: conf.ellipsis.python.set
s = {"a"}
