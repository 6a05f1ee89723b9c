import re
print(re.match(r"(\w)+", "abc").group(1), re.match(r"(\w)*", "").group(1), re.match(r"(?:(\d)|x)+", "1x").group(1))
print(re.match(r"(a|b)*?c", "abc").groups(), re.match(r"(\w+?)+", "abc").groups(), re.match(r"(\w{2})+", "abcde").groups())
print(re.findall(r"(\w)+", "ab cd"), re.sub(r"(\w)+", r"[\1]", "ab cd"))
