data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4])
print(y)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
