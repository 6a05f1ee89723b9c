# source: tic-tac-toe board classes (winning lines, render with separators, minimax) in beginner game repos
from itertools import cycle

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

class Board:
    def __init__(self):
        self.cells = [" "] * 9
    def __str__(self):
        rows = [" | ".join(self.cells[i:i + 3]) for i in range(0, 9, 3)]
        return "\n---------\n".join(rows)
    def free(self):
        return [i for i, c in enumerate(self.cells) if c == " "]
    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None
    def play(self, i, mark):
        if self.cells[i] != " ":
            raise ValueError(f"cell {i} taken by {self.cells[i]}")
        self.cells[i] = mark

def minimax(board, mark, me):
    w = board.winner()
    if w:
        return (1 if w == me else -1), None
    if not board.free():
        return 0, None
    best = None
    other = "O" if mark == "X" else "X"
    for i in board.free():
        board.cells[i] = mark
        score, _ = minimax(board, other, me)
        board.cells[i] = " "
        if best is None or (mark == me and score > best[0]) or (mark != me and score < best[0]):
            best = (score, i)
    return best

b = Board()
for i, mark in zip([4, 0, 8, 2, 1], cycle("XO")):
    b.play(i, mark)
print(b)
print(b.winner(), b.free())
print(minimax(b, "X", "X"))
try:
    b.play(4, "O")
except ValueError as e:
    print(e)
b2 = Board()
for i, mark in zip([0, 4, 1], cycle("XO")):
    b2.play(i, mark)
print(minimax(b2, "O", "O"))
