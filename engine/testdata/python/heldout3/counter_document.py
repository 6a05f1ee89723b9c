# source: adolfnfsp/dsfromscratch chapter02/counter.py (Counter of a document, most_common(10))
from collections import Counter
c = Counter([0, 1, 2, 0])
print(c)
document = '''
this is not a very good example to begin counting words in this example,
I guess we shall see how it works.
'''
word_counts = Counter(document)
for word, count in word_counts.most_common(10):
    print(repr(word), count)
words = Counter(document.split())
print(words.most_common(3))
print(words["example"], words["example,"], words["missing"])
print(sum(words.values()), len(words))
print(Counter(w.strip(",.").lower() for w in document.split()).most_common(4))
