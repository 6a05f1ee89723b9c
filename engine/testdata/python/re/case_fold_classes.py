import re
print(re.findall(r"[A-Z]+", "Hello WORLD", re.I), re.findall(r"[^A-Z]+", "Hello WORLD", re.I))
print(re.findall(r"[à-ÿ]", "ÀÉàé", re.I), re.findall(r"[α-ω]+", "ΑΒΓ αβγ", re.I), re.findall(r"Σ", "σς", re.I))
print(re.findall(r"\W", "aÉ", re.I), re.findall(r"[\w]", "Éx!", re.I | re.A), re.findall(r"[é]", "É", re.I | re.A))
print(re.match(r"(?i)ß", "ẞ"), re.match(r"(?i)ﬀ", "FF"), re.match(r"(?i)i", "İ"), re.match(r"(?i)ı", "I"))
