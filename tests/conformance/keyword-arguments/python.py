# ruleid: conf.keyword-arguments.python
subprocess.run(cmd, shell=True, check=False)
# ruleid: conf.keyword-arguments.python
subprocess.run(cmd, check=False, shell=True)
# ok: conf.keyword-arguments.python
subprocess.run(cmd, check=False, shell=True, cwd="/")
# ok: conf.keyword-arguments.python
subprocess.run(cmd, shell=True)
# ok: conf.keyword-arguments.python
subprocess.run(cmd, shell=False, check=False)

# ruleid: conf.keyword-arguments.python.open, conf.keyword-arguments.python.exact
requests.get(url, verify=False)
# ruleid: conf.keyword-arguments.python.open
requests.get(url, verify=False, timeout=3)
# ruleid: conf.keyword-arguments.python.open
# ok: conf.keyword-arguments.python.exact
requests.get(url, timeout=3, verify=False)
# ok: conf.keyword-arguments.python.open, conf.keyword-arguments.python.exact
requests.get(url, timeout=3)
