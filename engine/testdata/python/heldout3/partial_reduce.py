# source: functools tutorials (partial for a power function and int(base=2), reduce for product and max, operator functions)
from functools import partial, reduce
import operator

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(3), square.func.__name__, square.args, square.keywords)
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__, repr(partial(max, 1))[:20])
print(reduce(operator.mul, [1, 2, 3, 4, 5]), reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(reduce(operator.add, ["a", "b", "c"], ">"), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(list(map(partial(operator.mul, 3), [1, 2, 3])), operator.itemgetter(1, 0)("ab"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", "-")("a-b-c"))
