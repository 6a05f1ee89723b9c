import re
print(re.match("a|ab|abc", "abc").group(), re.match("abc|ab|a", "abc").group(), re.findall("cat|dog", "catdog bird dog"))
print(re.match("(a|b|)+", "abab").groups(), re.match("|a", "a").span(), re.match("a|", "b").span())
print(re.findall(r"\d+|[a-z]+", "ab12cd3"), re.match("(?:x|y)(z|)", "y").groups())
m = re.match(r"(?:(a)|(b)|(c))+", "abc")
print(m.groups(), m.lastindex)
