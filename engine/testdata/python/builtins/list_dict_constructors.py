print(list(), list("ab"), list((1, 2)), list({"a": 1}), list({1: 2}.values()))
print(dict(), dict([(1, 2)]), dict(a=1), dict({"b": 2}, c=3))
print(tuple([1]), set([1, 1]), frozenset("aa"))
dict([1, 2])
