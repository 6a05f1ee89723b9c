# expect: refusal __import__
m = __import__("os")
