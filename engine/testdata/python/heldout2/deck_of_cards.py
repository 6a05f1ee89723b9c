# source: FrenchDeck (namedtuple Card, __len__, __getitem__) from Fluent Python's first chapter, reproduced in many learning repos
import collections
import random

Card = collections.namedtuple("Card", ["rank", "suit"])

class FrenchDeck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "spades diamonds clubs hearts".split()
    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, position):
        return self._cards[position]

suit_values = dict(spades=3, hearts=2, diamonds=1, clubs=0)

def spades_high(card):
    rank_value = FrenchDeck.ranks.index(card.rank)
    return rank_value * len(suit_values) + suit_values[card.suit]

deck = FrenchDeck()
print(len(deck), deck[0], deck[-1], deck[12::13])
print(Card("Q", "hearts") in deck, Card("7", "beasts") in deck)
for card in sorted(deck, key=spades_high)[:3]:
    print(card)
print([c.rank for c in reversed(deck[:5])])
random.seed(7)
hand = random.sample(list(deck), 5)
print(hand)
random.shuffle(deck._cards)
print(deck[:3], random.choice(deck))
print(Card._fields, Card("A", "spades")._asdict(), Card._make(["K", "clubs"])._replace(suit="hearts"))
r, s = deck[0]
print(r, s, type(deck[0]).__name__, isinstance(deck[0], tuple))
