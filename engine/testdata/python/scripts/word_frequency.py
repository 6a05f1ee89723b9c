text = """the cat sat on the mat
the dog sat on the log"""
counts = {}
for line in text.splitlines():
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for word, n in top:
    print(f"{word}: {'#' * n} ({n})")
print(len(counts), "distinct words")
