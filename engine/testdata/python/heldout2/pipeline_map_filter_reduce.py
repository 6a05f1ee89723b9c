# source: functional-style pipelines (compose, map/filter/reduce with operator functions, partial application) in FP tutorial repos
from functools import reduce, partial
import operator

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

inc = partial(operator.add, 1)
double = partial(operator.mul, 2)
square = lambda x: x * x
pipeline = compose(inc, double, square)
print([pipeline(x) for x in range(5)], compose()(7))
nums = range(1, 11)
print(reduce(operator.add, nums), reduce(operator.mul, nums, 1), reduce(lambda a, b: a if a > b else b, [3, 9, 2]))
print(list(map(operator.neg, filter(lambda n: n % 3 == 0, nums))), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None, []])))
print(reduce(lambda acc, w: {**acc, w[0]: acc.get(w[0], 0) + 1}, "apple avocado banana cherry".split(), {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = partial(int, base=2)
print(p("1011"), p.func is int, p.args, p.keywords, partial(p, "111")())
print(operator.itemgetter(1, 0)(["a", "b"]), operator.attrgetter("real")(3 + 0), operator.methodcaller("split", ",")("a,b"), operator.truth([]), operator.contains("abc", "b"))
print(sorted(["aa", "b", "ccc"], key=len), list(map(str.upper, "ab")), sum(map(len, ["ab", "c"])), any(map(str.isdigit, "a1")))
