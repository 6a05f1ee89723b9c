squares = (n * n for n in range(4))
print(3 in squares)
print(list(squares))
print(sum(n for n in range(4)), max(n for n in []) if False else "skip")
