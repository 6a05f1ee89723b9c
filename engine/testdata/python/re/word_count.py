import re
from collections import Counter
text = "It was the best of times, it was the worst of times; it was the age of wisdom."
words = re.findall(r"[a-z']+", text.lower())
print(Counter(words).most_common(3))
print(re.sub(r"\bit\b", "IT", text, flags=re.I))
print(len(re.findall(r"\bwas\b", text)), re.search(r"(\w+) of (\w+)", text).groups())
