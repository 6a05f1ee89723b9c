import itertools
def noisy():
    for i in range(100):
        print("gen", i)
        yield i
print(list(itertools.islice(noisy(), 2)))
print(next(itertools.chain.from_iterable([[1], [2]])))
