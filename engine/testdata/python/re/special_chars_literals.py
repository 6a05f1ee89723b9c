import re
print(re.findall(r"\$\d+\.\d{2}", "cost $4.50 or $10.00"), re.findall(r"\(.*?\)", "f(a) g(b, c)"), re.findall(r"[()]", "(x)"))
print(re.findall(r"\\", "a\\b"), re.split(r"\|", "a|b|c"), re.findall(r"a\.b", "a.b axb"), re.findall(r"\?", "?!"))
print(re.findall("}", "}"), re.findall("]", "]"), re.findall(r"a{", "a{"), re.findall(r"-", "a-b"), re.findall(r"#", "#1"))
