import re
for p in [r"\N", r"\N{", r"[\N]", r"\N{}", r"[\N{", "\\N"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
print(re.findall(r"(?a:\w)+", "éa1_"), re.findall(r"(?a)\w+", "éa1_"), re.findall(r"(?a:\s)", "\u00a0 "))
