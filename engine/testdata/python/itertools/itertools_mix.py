import itertools as it
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
for k, g in it.groupby(sorted("aabbbcdd")):
    print(k, list(g), end=" ")
print()
for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2):
    print(k, list(g))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
