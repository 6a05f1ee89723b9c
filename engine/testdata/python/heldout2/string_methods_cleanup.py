# source: input-cleaning helpers (normalize whitespace, title-case names, strip prefixes/suffixes, split on several separators)
def normalize_ws(s):
    return " ".join(s.split())

def title_name(s):
    parts = []
    for word in normalize_ws(s).split(" "):
        parts.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(parts)

def multi_split(s, seps=",;|"):
    for sep in seps[1:]:
        s = s.replace(sep, seps[0])
    return [p.strip() for p in s.split(seps[0]) if p.strip()]

names = ["  o'NEIL   mary-JANE ", "van der BERG", "\tÉLODIE\n", "mcdonald"]
for n in names:
    print(repr(normalize_ws(n)), title_name(n), n.title().strip(), n.strip().capitalize())
print(multi_split("a, b;c | d,,;e"), "x".join("abc"), "-".join([]))
print("report_2024.csv".removesuffix(".csv").removeprefix("report_"), "abc".removeprefix("z"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), " a  b ".split(" "), "".split(","), "".split())
print("line1\nline2\r\nline3\r".splitlines(), "x\n\ny".splitlines(keepends=True))
print("Hello".center(11, "*"), "Hello".ljust(8, ".") + "|", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".rjust(2))
print("hello world".find("o"), "hello world".rfind("o"), "hello".index("l"), "aaa".count("aa"), "abc".find("z"))
print("Straße".casefold(), "ABC".swapcase(), "3.14".isdecimal(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), " ".isspace(), "".isalpha())
print("tab\tsep".expandtabs(4), "a\tbc\td".expandtabs(), "%".join("12"), "ab" * 3, "abc"[::-1], "hello"[1:-1:2])
print("path/to/file.tar.gz".partition("."), "path/to/file.tar.gz".rpartition("/"), "no-sep".partition(":"))
print("The Cat".startswith(("the", "The")), "x.py".endswith((".py", ".txt")), "abc".startswith("b", 1), "a" < "B", "a" < "b")
