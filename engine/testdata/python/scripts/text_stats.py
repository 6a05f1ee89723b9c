import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
lines = text.splitlines()
words = text.lower().translate(str.maketrans("", "", string.punctuation)).split()
print(len(lines), len(words), len(set(words)), len(text), sum(c.isalpha() for c in text))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>8}: {'*' * n} ({n})")
print(max(words, key=len), min(words, key=len), sorted(words, key=len)[-3:])
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, f"{vowels / len(text):.1%}")
print(string.ascii_lowercase, string.digits, string.punctuation, string.ascii_uppercase[:5], string.hexdigits, repr(string.whitespace))
print(string.capwords("hello   world  foo"), " ".join(w.capitalize() for w in "hello   world".split(" ")))
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("abc xyz", 5), -5))
def is_pal(s):
    s = [c.lower() for c in s if c.isalnum()]
    return s == s[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(sorted("anagram") == sorted("nagaram"), "".join(reversed("stressed")), "hello world".count("o"))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "snake_case_name".split("_"), "".join(p.title() for p in "snake_case_name".split("_")))


