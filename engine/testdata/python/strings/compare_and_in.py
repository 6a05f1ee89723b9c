print("abc" == "abc", "a" in "abc", "" in "abc", "ac" in "abc")
print("abc".__contains__("b"), "abc".__len__())
print("abc" * 2 == "abcabc", "a" < "b" < "c")
print(min(["pear", "apple", "fig"], key=len))
