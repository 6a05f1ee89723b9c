class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, o):
        return self.ranks.index(self.rank) < self.ranks.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in "KH 2S TD AC 2H".split()]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
try:
    Card("2S") <= Card("3S")
except TypeError as e:
    print("TypeError:", e)
print(Card("AS") > Card("KS"))
import heapq
h = []
for c in hand:
    heapq.heappush(h, c)
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, hand), heapq.nlargest(2, hand))
