import re
pats = [r"", r"a*", r"\b", r"^", r"$", r"(?m)^", r"(?m)$", r"x|", r"(a)|b", r"(?<=a)", r"(?=b)", r"\w*", r"(\w)(\w)?", r"a|ab", r"\s*"]
subjects = ["", "a", "ab", "ba", "aab b", "a\nb\n", "xax"]
for p in pats:
    c = re.compile(p)
    for s in subjects:
        for pos, end in [(0, None), (1, None), (0, 1), (1, 2), (2, 1), (-1, 100)]:
            e = len(s) if end is None else end
            r = [c.search(s, pos, e) and c.search(s, pos, e).span(), c.match(s, pos, e) and c.match(s, pos, e).span(),
                 c.fullmatch(s, pos, e) and c.fullmatch(s, pos, e).span(), c.findall(s, pos, e), [m.span() for m in c.finditer(s, pos, e)]]
            print(repr(p), repr(s), pos, end, r)
        print(repr(p), repr(s), [c.split(s, n) for n in (0, 1, 2, -1)], [c.subn("<\\g<0>>", s, n) for n in (0, 1, 2)])
    bp = re.compile(p.encode())
    print(repr(p), bp.findall(b"aab b"), bp.sub(b"[\\g<0>]", b"ab\n"), bp.split(b"a b"), [m.span() for m in bp.finditer(b"xax")])
