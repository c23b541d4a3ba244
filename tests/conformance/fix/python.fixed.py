import yaml, requests
# ruleid: conf.fix.python
data = yaml.safe_load(stream)
# ruleid: conf.fix.python
other = yaml.safe_load(open("a.yml").read())
# ok: conf.fix.python
safe = yaml.safe_load(stream)
# ruleid: conf.fix.python.kwargs
requests.get(url, timeout=10)
# ok: conf.fix.python.kwargs
requests.get(url)
