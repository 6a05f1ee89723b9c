print("hello".startswith(("he", "x")), "hello".endswith(("lo", "z")))
print("hello".startswith("l", 2), "hello".endswith("ll", 0, 4))
print("".startswith(""), "abc".startswith(""))
