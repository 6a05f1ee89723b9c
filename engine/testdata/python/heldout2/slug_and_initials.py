# source: slugify without re (unicodedata normalize, keep alnum, collapse dashes) and initials/abbreviation helpers in CMS utilities
import unicodedata

def slugify(value, allow_unicode=False):
    value = str(value)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    out = []
    for ch in value.lower():
        if ch.isalnum():
            out.append(ch)
        elif ch in " -_" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")

def initials(name):
    return "".join(part[0].upper() + "." for part in name.replace("-", " ").split() if part[0].isalpha())

for s in ["Hello, World!", "  Crème brûlée -- recipe  ", "Ünïcödé_and spaces", "ﬁle №5", "日本語 title", "---", 42]:
    print(repr(s), "->", repr(slugify(s)), repr(slugify(s, allow_unicode=True)))
print(initials("jean-luc picard"), initials("Ada  lovelace"), initials("3rd eye"))
print(unicodedata.normalize("NFC", "e\u0301") == "é", len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")))
print(unicodedata.category("A"), unicodedata.category("1"), unicodedata.category(" "), unicodedata.name("é"), unicodedata.lookup("BLACK STAR"))
print(unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.combining("\u0301"), unicodedata.east_asian_width("日"))
