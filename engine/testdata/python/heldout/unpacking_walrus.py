first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, (b, c), d = 1, (2, 3), 4
print(first, rest, init, last, a, b, c, d)
head, *_ = "x",
print(head, _)
def f(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))
print(f(1, 2, *[3, 4], sep="+", **{"z": 1}, y=2))
print(*range(3), sep=", ")
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print(f"{n} items")
print([y for x in data if (y := x * 2) > 10], y)
while (item := data.pop()) > 6:
    print("popped", item)
print(data, item)
x, y = y, x if False else 0
print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print({**{"a": 1}, **{"a": 2, "b": 3}}, [*"ab", *range(2)], (*[1], 2))
