# source: wc-like text statistics (lines, words, chars, longest line, average word length, character classes) in shell-utility clones
TEXT = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
"""
lines = TEXT.splitlines()
words = TEXT.split()
print(len(lines), len(words), len(TEXT), TEXT.count("\n"))
longest = max(lines, key=len)
print(repr(longest), len(longest), lines.index(longest) + 1)
print(round(sum(len(w.strip(".,")) for w in words) / len(words), 4))
print(sum(c.isupper() for c in TEXT), sum(c.isspace() for c in TEXT), sum(c in "aeiou" for c in TEXT.lower()))
blank = [i for i, l in enumerate(lines, 1) if not l.strip()]
print(blank, [l.split()[0] for l in lines if l][:4])
better = [l.split(" is better than ") for l in lines if " is better than " in l]
print([(a, b.rstrip(".")) for a, b in better])
print(TEXT.upper().count("BETTER"), TEXT.find("ugly"), TEXT[TEXT.index("by") + 3:TEXT.index("\n")], TEXT.strip().endswith("counts."))
print(" | ".join(w[::-1] for w in lines[0].split()[:3]), lines[-1].center(30, "~"), "%-10.4s|" % lines[2])
