from collections import Counter
text = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
It's a dog-eat-dog world, isn't it?"""
words = [w.strip(".,;!?").lower() for w in text.split()]
c = Counter(words)
for word, n in c.most_common(5):
    print(f"{word:<10}{n:>3}")
print(c["the"], c["missing"], len(c), sum(c.values()))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
c2 = Counter("mississippi")
print(c2, c2.most_common(2), list(c2.elements())[:5])
print(c2 + Counter("sip"), c2 - Counter("ss"), c2 & Counter("ipp"), c2 | Counter("zz"))
c2.subtract("iiii")
print(c2, +c2, -c2)
print(c2.total(), Counter(a=1) == Counter(a=1, b=0))
