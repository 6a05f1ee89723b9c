import re
pats = r"""a* a+? (a|b)*c (a|ab)(bc|c)? ^(\w+)\s*=\s*(.*)$ (?i)[a-z]+\d? (\d+)(?:\.(\d+))? \b\w+\b (?<=a)b* (?<!a)b+ (?=.*\d)\w+
(a)?(?(1)b|c) ((a)|b)+? (?:x|(y))+ (.)\1 (?P<n>\w)(?P=n) [^\s\d]+ \s+|\S+ (?m)^\S* (?s).{2} .$ x*? (a*)*b (a*?)+c
(?x) a \ b [-\w.]+@[-\w.]+ \W+ [\W\d]+ [^\W]+ (ab|a)(bc|c) ([abc])*d (a{2,3}){1,2} a{2}? (?:a|aa)*+b (?>a*)b
(?i)ß (?i)[^A-Z]+ \d*\.?\d+ ^$ \A|\Z (?m)$ (|a)+ (a|)+? ()* (?:)+ (a)|(b)|(c) ([ab]*?)(b)? \B \b\B (?i)(a)\1
[]a-]+ [\]]+ [a\]]+ [\\]+ \x41+ (?:\s*,\s*|\s+) ((\w)\2)+ (?<=\d{2})x ([^,]*),([^,]*) (\w+?)(\d*)$ ^(?:(\d)|\w)+$""".split()
subjects = ["", "a", "aab", "abc", "ababc", "aaa b", "x=1", "  key = val ", "aXb", "a1b2c3", "Ünïcode Straße", "ab\nc\n", "bb", "cab", "yxyx", "a]b-c", "1.5 and .25", "\\x", "12x", "a, b  c", "ßSS", "AaBb"]
out = []
for p in pats:
    try:
        c = re.compile(p)
    except re.error as e:
        out.append(f"{p!r} ERR {e}")
        continue
    for s in subjects:
        r = []
        m = c.search(s)
        r.append(m and (m.span(), m.groups(), m.lastindex))
        m = c.match(s)
        r.append(m and (m.span(), m.groups()))
        m = c.fullmatch(s)
        r.append(m and m.span())
        r.append(c.findall(s))
        r.append(c.sub("<\\g<0>>", s))
        r.append(c.split(s))
        out.append(f"{p!r} {s!r} {r}")
print("\n".join(out))
