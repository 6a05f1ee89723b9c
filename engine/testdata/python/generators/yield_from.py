def inner():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flat(x):
    for i in x:
        if isinstance(i, list):
            yield from flat(i)
        else:
            yield i
print(list(flat([1, [2, [3, 4]], 5])))
