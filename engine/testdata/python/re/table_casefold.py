import re
chars = [chr(c) for c in list(range(0x41, 0x250)) + list(range(0x370, 0x400)) + list(range(0x400, 0x460)) + [0x1e9e, 0x212a, 0x212b, 0x2126, 0x1fbe, 0x345, 0x1c4, 0x1c5, 0x1c6, 0x1e60, 0x1e9b, 0xfb01, 0x1f80, 0x1f88]]
hay = "".join(chars)
# which characters each one matches case-insensitively, as a literal and in a class
for flags in ["(?i)", "(?ai)"]:
    print(flags)
    for ch in chars:
        lit = re.findall(flags + re.escape(ch), hay)
        cls = re.findall(flags + "[" + re.escape(ch) + "]", hay)
        if len(lit) > 1 or lit != cls:
            print("%04x" % ord(ch), " ".join("%04x" % ord(x) for x in lit), "|", " ".join("%04x" % ord(x) for x in cls) if cls != lit else "=")
