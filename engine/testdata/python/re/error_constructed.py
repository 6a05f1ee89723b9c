import re
try:
    raise re.error("bad thing", "a(b", 1)
except re.error as e:
    print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.args)
class MyErr(re.error):
    pass
print(MyErr("x", "ab\ncd", 4))
