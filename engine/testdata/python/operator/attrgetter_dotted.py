import operator
class A:
    pass
a = A()
a.b = A()
a.b.c = "deep"
print(operator.attrgetter("b.c")(a))
f = operator.attrgetter("b", "b.c")
print(f(a)[1])
print(operator.index(7), operator.concat([1], [2]))
