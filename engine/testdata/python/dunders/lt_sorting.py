class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"
print(sorted([Card(3), Card(1), Card(2)]))
print(min(Card(5), Card(4)))
print(Card(1) > Card(0))
