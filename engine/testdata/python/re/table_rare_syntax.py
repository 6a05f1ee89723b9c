import re
pats = [r"(?=a)*", r"(?!a)+b", r"(?<=a)?b", r"\b*", r"^*", r"$+", r"(?:)*?", r"a{,}", r"a{1,}?b", r"[\0]", r"[\12]", r"[\08]",
        r"(?x)[# ]a", r"(?x)a#c\nb", r"(?x)a\ #c", r"(?x)a{1, 2}", r"a{1, 2}", r"(?<=(?P<a>x))(?P=a)", r"(?P<a>x)(?<=(?P=a))",
        r"(a)(?<=\1)", r"(?<=\1)(a)", r"(?i)(é)\1", r"(?P<a>a)(?P<b>(?P=a))", r"(?P<a>(?P=a))", r"(a|(?P=x))", r"(?P<x>a)|(?P=x)b",
        r"(?>(a)|b)+c", r"(a)++b", r"(?:(a)|b)++c", r"(?s)(?-s:.).", r"(?i:(?-i:a)A)", r"(?m-s:^.$)", r"(?imsx)a # c",
        r"\d{2,3}+\d", r"(?#c)a(?#d)", r"a(?#)b", r"[[]", r"[]]", r"[^]]", r"[a-a]", r"[\w-]", r"[-\w]", r"[\d-\w]",
        r"\Aa|b\Z", r"(?a:\w)", r"(?u:\w)", r"(?L:a)", r"(?a)(?u)x", r"\1(a)", r"(a)\1{2}", r"(?:a|b|)*?c", r"x(?=y|$)",
        r"(?P<a_1>.)(?P<_b>.)", r"(?P<é>.)", r"(?P<a b>.)", r"(?P<1a>.)", r"(?P<a>.)(?P=a )", r"\g<1>", r"(?'a'x)", r"(?<a>x)",
        r"(?!)", r"(?=)", r"(?<=)", r"(?<!)", r"a|", r"|", r"()", r"(|)", r"(?:|a)+", r"[a-\x7f]+", r"[\x00-\x1f]",
        r"\x", r"\x1", r"\u00", r"\U0010ffff", r"\U00110000", r"\777", r"\0777", r"[\777]", r"\z", r"\G"]
subjects = ["", "a", "ab", "aab", "b", "xy", "x", "é É", "aa", "a\nb", "#a", "a b", "12345", "c", "\x00\x1f", "ac"]
for p in pats:
    try:
        c = re.compile(p)
    except re.error as e:
        print(repr(p), "ERR", e)
        continue
    except Exception as e:
        print(repr(p), type(e).__name__, e)
        continue
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups()), c.findall(s), c.sub("-", s))
