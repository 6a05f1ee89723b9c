data = ["a=1", "junk", "b=22", "c="]
parsed = {}
for item in data:
    if (eq := item.find("=")) > 0 and (value := item[eq + 1:]):
        parsed[item[:eq]] = int(value)
print(parsed)
