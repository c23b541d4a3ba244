# ruleid: conf.fix.ruby
doc = YAML.load(params[:doc])
# ok: conf.fix.ruby
doc = YAML.safe_load(params[:doc])
