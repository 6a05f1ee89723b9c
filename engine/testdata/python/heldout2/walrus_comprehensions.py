# source: data-cleaning comprehensions using := to reuse parsed values (filtering lines by a computed field) in modern scripts
lines = ["id=3 score=88", "id=x score=12", "junk", "id=7 score=95", "id=9 score=", "id=11 score=70"]

def parse(line):
    out = {}
    for part in line.split():
        k, sep, v = part.partition("=")
        if not sep:
            return None
        out[k] = v
    return out

good = [d for line in lines if (d := parse(line)) and d.get("id", "").isdigit() and d.get("score")]
print(good)
scores = {int(d["id"]): s for d in good if (s := int(d["score"])) >= 75}
print(scores, d)
total = 0
data = iter([5, 3, 0, 8])
while (n := next(data, None)) is not None and n:
    total += n
print(total, n)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2], {x % 3 for row in matrix for x in row})
print({k: v for k, v in zip("abc", range(3)) if v}, dict.fromkeys("ab", 0), [y for x in range(4) if (y := x * x) > 2])
print([(i, j) for i in range(3) for j in range(i)], list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
x = 10
res = [x for x in range(3)]
print(x, res, (lambda: [x for _ in range(2)])())
gen = (i * x for i in range(3))
x = 100
print(list(gen))
