d = {"id": 4, "bad": 1, "worse": 2, "zz": 0, "a": 1, "q": 9}
print(d.keys() - ["id", "name"], d.keys() | ["m", "n", "id"], ["x", "a", "y"] - d.keys())
print(d.keys() - {"a", "q"}, d.items() - [("a", 1)], {"k": 1}.keys() | d.keys())
e = dict.fromkeys("abcdefghij")
print(e.keys() - "aeiou", e.keys() | "xyz", "hello" - e.keys())
