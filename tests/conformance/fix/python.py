import yaml, requests
# ruleid: conf.fix.python
data = yaml.load(stream)
# ruleid: conf.fix.python
other = yaml.load(open("a.yml").read())
# ok: conf.fix.python
safe = yaml.safe_load(stream)
# ruleid: conf.fix.python.kwargs
requests.get(url, verify=False)
# ok: conf.fix.python.kwargs
requests.get(url)
