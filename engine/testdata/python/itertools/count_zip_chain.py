import itertools
print(list(zip(itertools.count(1), "abc")))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.islice("abcdefg", 1, None, 2)))
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "no batched")
