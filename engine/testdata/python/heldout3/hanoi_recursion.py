# source: the Towers of Hanoi recursion of introductory courses (move n-1 to the spare peg), with a move counter and RecursionError on runaway recursion
moves = []

def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)

hanoi(3, "A", "C", "B")
for disk, s, t in moves:
    print(f"Move disk {disk} from {s} to {t}")
print(len(moves), 2 ** 3 - 1)
moves.clear()
hanoi(10, "A", "C", "B")
print(len(moves), moves[:2], moves[-1])

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(30), factorial(0))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
