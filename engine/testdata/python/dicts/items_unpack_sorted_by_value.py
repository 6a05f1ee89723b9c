scores = {"ann": 3, "bob": 7, "cy": 3}
for name, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>4}: {s}")
print(sorted(scores, key=scores.get, reverse=True))
print(list(scores.values()), sum(scores.values()))
