import itertools
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement([1, 2], 2)))
print(len(list(itertools.product(range(3), range(4)))))
