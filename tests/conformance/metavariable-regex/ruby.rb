# ruleid: conf.metavariable-regex.ruby
obj.send(params[:m])
# ruleid: conf.metavariable-regex.ruby
obj.instance_eval(code)
# ok: conf.metavariable-regex.ruby
obj.sender(x)
