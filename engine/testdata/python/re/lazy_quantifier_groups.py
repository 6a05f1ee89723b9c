import re
print(re.findall(r'"(.*?)"', 'say "hi" and "bye"'), re.findall(r'"(.*)"', 'say "hi" and "bye"'))
print(re.match(r"(a+?)(b*?)(c?)", "aabbc").groups(), re.match(r"(a{1,3}?)a", "aaa").groups(), re.match(r"(a*?)b", "aab").groups())
print(re.sub(r"<(.+?)>", r"[\1]", "<a><b>"), re.search(r"\d+?$", "abc123").group(), re.match(r"(.+?)(\1)+", "ababab").groups())
