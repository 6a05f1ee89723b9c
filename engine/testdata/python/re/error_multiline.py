import re
try:
    re.compile("abc\n(de\nf")
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("ab\n\ncd)")
except re.error as e:
    print(str(e), repr(e), type(e).__name__, type(e).__module__, isinstance(e, Exception))
print(re.error, issubclass(re.error, Exception))
