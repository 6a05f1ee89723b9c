import re
print(re.sub(r"(?=(\w))", r"<\1>", "ab"), re.sub(r"(?<=(\w))", r"<\1>", "ab"))
print(re.findall(r"(\w)(?=(\w))", "abc"), re.findall(r"(?<=(\w))(\w)", "abc"))
