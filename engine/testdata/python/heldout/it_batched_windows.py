from itertools import islice, zip_longest, count
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch
print(list(batched(range(10), 4)))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
def window(seq, n=2):
    it = iter(seq)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for e in it:
        win = win[1:] + (e,)
        yield win
print(list(window([1, 2, 3, 4, 5], 3)))
ids = count(1)
print([next(ids) for _ in range(3)], next(ids))
print(list(zip(*[iter("abcdef")] * 2)))
print(dict(zip_longest("abc", [1, 2])))
