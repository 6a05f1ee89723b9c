import re
print(re.match(r"(a|ab)*c", "ababc").group(), re.match(r"(a+|b+)*c", "aabbc").groups(), re.match(r"(?:a|b)*?b", "aab").group())
print(re.match(r"(\d+)(\d{2})", "12345").groups(), re.match(r"(\d+?)(\d{2})", "12345").groups(), re.match(r"(.*)(\d+)", "abc123").groups())
print(re.match(r"(.*?)(\d+)", "abc123").groups(), re.match(r"(\w+)@(\w+)\.com", "john@mail.com").groups())
print(re.match(r"^(\w+?)(ing|ed|s)?$", "jumping").groups(), re.match(r"^(\w+)(ing|ed|s)?$", "jumping").groups())
