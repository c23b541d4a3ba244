# todoruleid: compat.unknown-rule-key
eval(x)
