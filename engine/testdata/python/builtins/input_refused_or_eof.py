print("start")
print(callable(input))
