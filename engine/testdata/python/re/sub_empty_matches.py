import re
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub("a|", "-", "banana"))
print(re.sub(r"\b", "|", "hi there"))
print(re.sub("(?=a)", "^", "aaa"))
print(re.sub("$", "!", "line\n"))
print(re.sub("(?m)$", "!", "a\nb\n"))
print(re.sub(r"\s*", "_", "a b"))
