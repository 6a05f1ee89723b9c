import re
def slugify(s):
    s = re.sub(r"[^\w\s-]", "", s.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-_")
print([slugify(x) for x in ["Hello, World!", "  a -- b  ", "Ünïcödé text", "snake_case here"]])
def snake(name):
    s1 = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z0-9])([A-Z])", r"\1_\2", s1).lower()
print([snake(x) for x in ["CamelCase", "HTTPResponseCode", "getHTTPResponse", "already_snake", "A"]])
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "order_line_item"))
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "UserAccountID").lower())
