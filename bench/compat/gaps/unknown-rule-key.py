# ruleid: compat.unknown-rule-key
eval(x)
