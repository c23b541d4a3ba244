import os
import shlex


def run(tool, user_args, script):
    # ok: python.os.spawn-non-literal
    os.spawnlp(os.P_WAIT, "ls", "ls", "-l")
    # ok: python.os.spawn-non-literal
    os.spawnve(os.P_WAIT, "/bin/ls", ["ls", "-a"], os.environ)
    # ok: python.os.spawn-non-literal
    os.execv("/usr/bin/git", ["git", "status"])
    # ok: python.os.spawn-non-literal
    os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "ls -la /tmp")

    # ruleid: python.os.spawn-non-literal
    os.spawnlp(os.P_WAIT, tool, tool)
    # ruleid: python.os.spawn-non-literal
    os.spawnv(os.P_WAIT, f"/opt/tools/{tool}", [tool])
    # ruleid: python.os.spawn-non-literal
    os.spawnl(os.P_WAIT, "/bin/bash", "bash", "-c", f"ls -la {user_args}")
    # ruleid: python.os.spawn-non-literal
    os.spawnve(os.P_WAIT, "/bin/bash", ["bash", "-c", script], os.environ)
    args = shlex.split(script)
    # ruleid: python.os.spawn-non-literal
    pid = os.posix_spawn(args[0], args, os.environ)
    # ruleid: python.os.spawn-non-literal
    os.execvp(tool, [tool] + user_args)
