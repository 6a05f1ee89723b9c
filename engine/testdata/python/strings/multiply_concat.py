print("ab" * 3, 3 * "-", "x" * 0, "y" * -1 + "|")
print("a" + "b", "abc" < "abd", "Z" < "a", "" < "a")
print(sorted(["b", "A", "a", "B"]))
"a" + 1
