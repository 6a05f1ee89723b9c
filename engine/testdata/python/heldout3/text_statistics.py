# source: a "text analyzer" beginner project (count words, sentences, vowels, the longest word, word lengths with a walrus filter)
text = """Python is an easy to learn, powerful programming language. It has efficient
high-level data structures and a simple but effective approach to object-oriented
programming! Isn't it elegant? Yes."""

words = [w.strip(".,!?") for w in text.split()]
sentences = [s for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(len(words), len(sentences), vowels)
print(max(words, key=len), min(words, key=len), sorted(set(len(w) for w in words)))
long_words = [lw for w in words if (lw := w.lower()) and len(lw) > 8]
print(long_words)
print(text.count("programming"), text.find("data"), text.rfind("a"), text.index("It"))
print(text.splitlines()[1].strip().split("-"), "high-level" in text)
caps = {w for w in words if w[:1].isupper()}
print(sorted(caps))
print(f"{'word':<12}|{'len':>4}")
for w in sorted(set(words), key=lambda w: (-len(w), w))[:4]:
    print(f"{w:<12}|{len(w):>4}")
print("".join(c for c in "Hello, World!" if c.isalpha()).lower(), "a-b_c d".replace("-", " ").replace("_", " ").split())
print("  padded\t\n".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.tar.gz".rsplit(".", 1))
print("Hello World".partition(" "), "no-sep".partition("|"), "a,b,,c".split(","), " a  b ".split())
