print("" in "", "a" in "", "ab" in "xaby", "B" in "abc")
print("abc".find(""), "abc".rfind(""), "abc".index("c"))
print("x".join("") == "", "ab".count("abc"))
