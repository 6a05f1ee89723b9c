# source: word-count scripts (Counter over lowercased words, stripped punctuation, top-N table) common in tutorial repos
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness -- it was the spring of hope."""

table = str.maketrans("", "", string.punctuation)
words = [w.translate(table).lower() for w in TEXT.split()]
words = [w for w in words if w]
counts = Counter(words)
print(len(words), len(counts))
width = max(len(w) for w, _ in counts.most_common(8))
for rank, (word, n) in enumerate(counts.most_common(8), 1):
    print(f"{rank:>2}. {word:<{width}} {n:>3} {'*' * n}")
print(counts["was"], counts["missing"], "missing" in counts)
by_len = Counter(len(w) for w in words)
print(sorted(by_len.items()))
print(sum(counts.values()), counts.total())
c2 = Counter(words[:10])
print(c2 - Counter({"it": 5}), (c2 & counts).most_common(2))
print(sorted(counts.elements())[:5] if False else list(Counter("aab").elements()))
print(string.punctuation, string.ascii_letters[:5], string.digits, string.capwords(" hello   wORLD  "))
