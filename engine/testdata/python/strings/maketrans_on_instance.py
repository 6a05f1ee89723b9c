# str.maketrans is a static method: read through an instance too
table = "anything".maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd".translate(table))
print("".maketrans({"a": "1", "b": None}), str.maketrans("", ""), "x".maketrans is not None)
try:
    "s".maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    "s".maketrans(1)
except TypeError as e:
    print("TypeError:", e)
