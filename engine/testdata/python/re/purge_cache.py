import re
p = re.compile("abc")
q = re.compile("abc")
print(p is q, p == q, hash(p) == hash(q))
re.purge()
print(re.compile("abc") == p)
