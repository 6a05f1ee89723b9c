print("  xx  ".strip() + "|", "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"))
print("\t\n x \r".strip() + "|")
print("www.example.com".strip("cmow."))
