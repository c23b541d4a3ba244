from subprocess import PIPE, Popen, run


def restart(service):
    # ruleid: python.subprocess.shell-true
    run("systemctl restart " + service, shell=True)


def tail(path):
    # ruleid: python.subprocess.shell-true
    return Popen(f"tail -n 50 {path}", shell=True, stdout=PIPE)


def restart_safe(service):
    # ok: python.subprocess.shell-true
    run(["systemctl", "restart", service])


def run_job(job):
    # ok: python.subprocess.shell-true
    return job.run(timeout=30)
