t = (1, 2)
print("%s" % (t,))
print("value: %s" % [1, 2])
try:
    print("%s" % t)
except TypeError as e:
    print("TypeError", e)
print("%s and %s" % t)
