import re
pats = r"""(?i)[à-ÿ]+ (?i)σ+ (?i)[Σ] (?i)ǅ (?i)[ǆ] (?i)ﬁ (?i)K (?i)[k-l] (?i)\u0130 (?i)i (?i)[İ] (?i)ſ+ (?a)(?i)[k] (?i)[^k]
(?<=(a))b (?<=(?P<x>\w))\d (?<!^)x (?<=^)x (?<=\b)a (?<=a|b)c (?<=(ab|cd))e (a)(?<=\1)b (?=(a))(a) (?!a)\w (?=a)|b
(a++)b (a|b)++c (\w+?)++ ((a)+)+ ((a)|b)* (?:(a)|(b))+? (?(1)a) (a)?(?(1)a|b)+ (?P<q>")?\w+(?(q)") (a)|b(?(1)x|y)
(a|ab|abc)*d (a|aa)*? x{0,1}? x{2,}? x{3}+ (?:ab){1,}? .{0}a [\d\D] [\s\S]+? [\w\W]{2} [^\d\s] (?s:.)+ (?-s:.)+
(?m:^)a (?i:a)A a(?i)b""".split()
subjects = ["", "a", "aab", "abc", "ab", "ÀÿàŸ", "ΣσςΣ", "ǅǆǄ", "ﬁFI", "K\u212ak", "İiIı", "ſsS", "cde", "abe", "aaab", "\"ab\"", "ab\"", "xax", "a\nb", "aAbB", "aa", "bab", "abcabcd"]
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
        r.append(c.findall(s))
        r.append(c.sub("<\\g<0>>", s))
        r.append(c.split(s))
        out.append(f"{p!r} {s!r} {r}")
print("\n".join(out))
