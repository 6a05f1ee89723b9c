print((1,), (1), tuple(), tuple([1]), tuple("ab"), ((1,),))
print(repr(((),)), str((None, "s")))
x = 1,
print(x, type(x).__name__)
