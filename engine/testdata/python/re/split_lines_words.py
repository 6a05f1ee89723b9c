import re
text = "The quick, brown fox; jumps over\tthe  lazy dog."
print(re.split(r"[\s,;.]+", text))
print(re.split(r"[\s,;.]+", text.rstrip(".")), len(re.findall(r"\b\w+\b", text)))
print(re.split(r"(?<=[.!?]) +", "Hi. How are you? Fine! Bye."))
print(re.split(r"\n", "a\nb\r\nc"), re.split(r"\r?\n", "a\nb\r\nc"))
print([w for w in re.split(r"(\s+)", "a  b") ])
