x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
i = 99
print([i for i in range(2)], i)
