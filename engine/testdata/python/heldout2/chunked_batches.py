# source: batching helpers (chunks of n via slicing, via islice on an iterator, sliding windows, balanced splits) for bulk inserts
from itertools import islice

def chunks(lst, n):
    for i in range(0, len(lst), n):
        yield lst[i:i + n]

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

def windows(seq, n):
    return [seq[i:i + n] for i in range(len(seq) - n + 1)]

def split_even(lst, parts):
    k, m = divmod(len(lst), parts)
    return [lst[i * k + min(i, m):(i + 1) * k + min(i + 1, m)] for i in range(parts)]

data = list(range(1, 11))
print(list(chunks(data, 3)), list(chunks([], 3)), list(chunks("abcdefg", 2)))
print(list(batched(data, 4)), list(batched(iter("xyz"), 5)), list(batched((i * i for i in range(5)), 2)))
print(windows(data, 8), windows("abcd", 2), windows([1], 3))
print(split_even(data, 3), split_even(data, 4), split_even([1, 2], 4))
total = 0
for n, batch in enumerate(batched(range(1000), 128), 1):
    total += sum(batch)
print(n, total, len(batch), batch[:3])
try:
    list(chunks(data, 0))
except ValueError as e:
    print("ValueError:", e)
