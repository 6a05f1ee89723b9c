try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
print({(1, 2), (1, 2)})
print({1, 1.0, True})
s = {1, 2, 3}
print(3 in s, [1] in s if False else "skip")
