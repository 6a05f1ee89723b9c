def f(x):
    try:
        return [1][x] if isinstance(x, int) else {}[x]
    except (IndexError, KeyError) as e:
        return type(e).__name__
print(f(0), f(5), f("k"))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(KeyError.__mro__)
