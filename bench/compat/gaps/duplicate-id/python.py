# ruleid: compat.duplicate-id
eval(x)
