import re, unicodedata
def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)
for t in ["Hello World!", "  Crème Brûlée  ", "Python 3.11 -- Release", "a_b c"]:
    print(repr(slugify(t)))
def truncate(s, n, suffix="..."):
    return s if len(s) <= n else s[: n - len(suffix)].rstrip() + suffix
print(truncate("The quick brown fox jumps", 12), truncate("short", 10))
print(unicodedata.name("é"), unicodedata.category("A"), len("naïve"), len(unicodedata.normalize("NFD", "naïve")))
def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
print(camel_to_snake("UserAccountID"), camel_to_snake("HTTPServer"), camel_to_snake("simple"))
def snake_to_camel(name):
    return "".join(w.capitalize() for w in name.split("_"))
print(snake_to_camel("order_line_item"))
