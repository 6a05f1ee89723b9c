class O:
    pass
o = O()
setattr(o, "a", 1)
print(hasattr(o, "a"), getattr(o, "a"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    del o.a
except AttributeError as e:
    print("AttributeError", e)
getattr(o, "missing")
