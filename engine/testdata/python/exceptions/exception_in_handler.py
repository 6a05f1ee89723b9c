try:
    try:
        raise ValueError
    except ValueError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, repr(e.__context__))
