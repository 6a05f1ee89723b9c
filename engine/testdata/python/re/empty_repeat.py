import re
print(re.match(r"(?:)*", "a").span(), re.match(r"(?:a?)*b", "aab").group(), re.match(r"(a?)+?b", "ab").groups())
print(re.match(r"(a*?)*", "aa").groups(), re.match(r"(a*)+?", "aa").groups(), re.match(r"(?:a*)*x", "aax").span())
print(re.findall(r"(a?)*", "aab"), re.match(r"(a|b*)*c", "abbc").groups(), re.match(r"((?:a|)*)b", "aab").groups())
print(re.match(r"(\w*?)*!", "ab!").groups(), re.match(r"(?:(x)|y?)*z", "xyz").groups())
