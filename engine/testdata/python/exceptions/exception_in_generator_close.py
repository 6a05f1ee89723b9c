def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print("closed")
def gen2():
    try:
        yield 1
    except ValueError as e:
        print("got", e)
        yield "recovered"
g2 = gen2()
next(g2)
print(g2.throw(ValueError("thrown")))
try:
    next(g2)
except StopIteration:
    print("stop")
def gen3():
    yield 1
    raise RuntimeError("inside")
try:
    for x in gen3():
        print(x)
except RuntimeError as e:
    print("caught", e)
