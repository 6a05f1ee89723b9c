print("-".join(str(i) for i in range(5)))
print(", ".join(map(str, [1.5, None, True])))
print("".join(sorted("hello")))
print("\n".join(["a", "b"]))
