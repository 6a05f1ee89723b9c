class C:
    pass
for obj, name in [(C(), "x"), (C, "y"), (1, "foo"), ("s", "bar"), ([], "nope")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
