import re
def norm(p):
    digits = re.sub(r"\D", "", p)
    m = re.fullmatch(r"1?(\d{3})(\d{3})(\d{4})", digits)
    return "({}) {}-{}".format(*m.groups()) if m else None
print([norm(p) for p in ["555-123-4567", "(555) 123 4567", "+1 555.123.4567", "12345"]])
