# source: python3-cookbook recipe 1.12 "Determining the most frequently occurring items" (Counter, most_common, update, arithmetic)
words = [
    'look', 'into', 'my', 'eyes', 'look', 'into', 'my', 'eyes',
    'the', 'eyes', 'the', 'eyes', 'the', 'eyes', 'not', 'around', 'the',
    'eyes', "don't", 'look', 'around', 'the', 'eyes', 'look', 'into',
    'my', 'eyes', "you're", 'under'
]
from collections import Counter

word_counts = Counter(words)
top_three = word_counts.most_common(3)
print(top_three)
print(word_counts['not'], word_counts['eyes'])
morewords = ['why', 'are', 'you', 'not', 'looking', 'in', 'my', 'eyes']
for word in morewords:
    word_counts[word] += 1
print(word_counts['eyes'])
a = Counter(words)
b = Counter(morewords)
print(a)
print(b)
print(a + b)
print(a - b)
print(sorted(b.elements()))
print(a.total(), b.most_common()[-1])
