# ruleid: conf.pattern.python
eval(user_input)
# ruleid: conf.pattern.python
result = eval(request.args["q"])
# ok: conf.pattern.python
eval(a, b)
# ok: conf.pattern.python
evaluate(user_input)
# ok: conf.pattern.python
obj.eval(user_input)
# ok: conf.pattern.python
eval()
