import re
html = '<p class="x">Hello <b>bold</b> &amp; <a href="/u?a=1&b=2">link</a></p>'
print(re.sub(r"<[^>]+>", "", html))
print(re.findall(r'href="([^"]*)"', html), re.findall(r"<(\w+)", html))
print(re.findall(r"<(\w+)[^>]*>(.*?)</\1>", html))
print(re.sub(r"&(\w+);", lambda m: {"amp": "&"}.get(m.group(1), m.group()), html))
