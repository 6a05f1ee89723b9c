class C:
    a = 1
c = C()
print(hasattr(c, "a"), hasattr(c, "b"), getattr(c, "b", None))
setattr(c, "b", 2)
print(c.b, vars(c), dir(c)[-2:])
print(getattr(C, "a"), getattr(str, "upper")("x"))
