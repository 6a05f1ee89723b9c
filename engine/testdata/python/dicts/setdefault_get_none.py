d = {"a": None}
print(d.get("a", 5), d.get("b", 5), d.setdefault("a", 7), d.setdefault("b"), d)
groups = {}
for word in "apple avocado banana blueberry cherry".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get), min(counts.values()))
print({k: v for k, v in sorted(counts.items())}, dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True)))
