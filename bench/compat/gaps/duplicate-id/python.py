# todoruleid: compat.duplicate-id
eval(x)
