import re
print(re.split(r"(-)|(\+)", "a-b+c-d", maxsplit=2), re.split(r"(?:-)", "a-b"), re.split(r"(x)?-", "a-bx-c"))
print(re.split(r"\s*([,;])\s*", "a , b;c", 1), re.split(r"(\d)", "a1b22c"), re.split(r"^", "a\nb", flags=re.M))
print(re.split(r"$", "a\nb", flags=re.M), re.split(r"(?=[A-Z])", "helloWorldFooBar"), re.split(r"\b", "hi!"))
