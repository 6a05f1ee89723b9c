# ranges past 64 bits (CPython's longrangeobject), lazy iteration of huge ranges, attributes, hashing
r = range(10**20, -10**20, -7 * 10**18)
print(r, len(range(0, 2**63 - 1)), r[3], r[-1], r[2:5], r[::-3], r[10**30:], r[-10**30:2])
print(r.start, r.stop, r.step, 10**20 - 7 * 10**18 in r, 5 in r, r.index(10**20 - 14 * 10**18), r.count(3))
print(list(reversed(range(2**64, 2**64 + 3))), type(iter(r)).__name__, type(iter(range(3))).__name__, type(reversed(r)).__name__)
print(range(2**70) == range(0, 2**70, 1), range(2**70, 2**70) == range(0), range(5, 2**70, 2**70) == range(5, 6), bool(range(2**70, 0)))
for i in range(2**64, 2**65):
    print(i)
    break
for i in range(10**12):
    x = i if i < 3 else None
    if i > 3:
        break
print(i, range(3)[True], 3.0 in range(5), range(-2**63, 2**63 - 1)[0], range(-2**63, 2**63, 3)[-1])
print(range(10)[2:8:2], range(10)[::-1], range(0, 10, 3)[::-2], range(10)[-100:100])
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: range(2**70)[2**70], lambda: range(3)["a"], lambda: range(3).index(7), lambda: range(3).index("a"), lambda: range(1, 2, 0), lambda: range(2**70)[::0]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(range(3).index(True), range(3).count(1.0), list(range(2**64, 2**64 + 6, 2)), sum(range(2**64, 2**64 + 3)))
print(hash(range(2**64)) == hash(range(0, 2**64)), range(5, 0, -1)[1:3], max(range(2**63 - 3, 2**63 + 2)))
print(hash(range(5)), hash(range(2**64)), hash(range(0, 10, 3)) == hash(range(0, 12, 3)), {range(3): 1}[range(0, 3)], {range(0): "e"}[range(5, 5)])
print(range(3, 4) == range(3, 5, 7), range(1, 10**20, 10**19) == range(1, 10**20 + 1, 10**19))
