from contextlib import nullcontext
def f(a, *args, b=2, **kw):
    print(locals())
    x = 1
    y = 3
    print(locals())
    del x
    print(locals(), sorted(locals()))
f(1, 5, c=3)
def g():
    for i in range(2):
        t = i
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    with nullcontext(4) as cm:
        pass
    return locals()
print(g())
print(locals()["g"] is g, "f" in locals())
