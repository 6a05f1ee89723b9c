import re
s = "Total: $1,234.56, tax -12.5%, items 3, ratio 1e-3, hex 0x1F"
print(re.findall(r"-?\d+(?:,\d{3})*(?:\.\d+)?", s))
print(re.findall(r"[-+]?(?:\d*\.\d+|\d+)(?:[eE][-+]?\d+)?", s))
print([float(x.replace(",", "")) for x in re.findall(r"\$([\d,]+\.\d\d)", s)], re.findall(r"0x[0-9A-Fa-f]+", s))
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567890"))
