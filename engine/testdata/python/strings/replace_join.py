print("aaa".replace("a", "b", 2), "abc".replace("", "-"))
print(",".join(["x", "y", "z"]), "".join(reversed("abc")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("a-b-c".replace("-", ""))
