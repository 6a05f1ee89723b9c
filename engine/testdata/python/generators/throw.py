def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"
it = g()
next(it)
print(it.throw(ValueError("boom")))
it2 = g()
next(it2)
it2.throw(KeyError("k"))
