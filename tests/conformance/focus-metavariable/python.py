subprocess.run(
    ["ls"],
    # ruleid: conf.focus-metavariable.python
    request.args,
    # ok: conf.focus-metavariable.python
    check=True,
)

# ok: conf.focus-metavariable.python.def
def login(
    user,
    # ruleid: conf.focus-metavariable.python.def
    password,
):
    pass
