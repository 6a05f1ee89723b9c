import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.neg(5), operator.not_(0))
print(operator.itemgetter(1)([1, 2, 3]), operator.itemgetter(0, 2)("abc"))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
rows = [{"n": 2}, {"n": 1}]
print(sorted(rows, key=operator.itemgetter("n")))
print(operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1), operator.truediv(1, 4))
