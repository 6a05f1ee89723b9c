s = """first
  second\tthird
"""
print(repr(s))
print(len(s.splitlines()))
t = "con" "cat" 'en' """ation"""
print(t)
print("a\
b")
