print(0 or "default", "" or [] or None, 1 and 2, 0 and 1/0, None or 0)
print(not [], not [0], [] or {}, "a" and "b" or "c")
print(1 < 2 and "yes", (1, 2) and ())
x = None
print(x is None, x == None, x is not None)
