# source: Advent-of-Code 2022 day 11 "monkey in the middle" solutions (parse blocks into dicts/classes, operations as lambdas, modulo by lcm, big ints)
import math
from collections import deque

NOTES = """Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1"""

def make_op(expr):
    a, op, b = expr.split()
    def f(old):
        x = old if a == "old" else int(a)
        y = old if b == "old" else int(b)
        return x * y if op == "*" else x + y
    return f

def parse():
    monkeys = []
    for block in NOTES.split("\n\n"):
        lines = [l.strip() for l in block.splitlines()]
        monkeys.append({
            "items": deque(int(x) for x in lines[1].split(": ")[1].split(", ")),
            "op": make_op(lines[2].split(" = ")[1]),
            "div": int(lines[3].split()[-1]),
            "t": int(lines[4].split()[-1]),
            "f": int(lines[5].split()[-1]),
            "seen": 0,
        })
    return monkeys

def play(rounds, relief):
    ms = parse()
    mod = math.lcm(*(m["div"] for m in ms))
    for _ in range(rounds):
        for m in ms:
            while m["items"]:
                w = m["op"](m["items"].popleft())
                w = w // 3 if relief else w % mod
                m["seen"] += 1
                ms[m["t"] if w % m["div"] == 0 else m["f"]]["items"].append(w)
    a, b = sorted(m["seen"] for m in ms)[-2:]
    return a * b, [m["seen"] for m in ms]

print(play(20, True))
print(play(1000, False))
print(79 ** 16, (79 ** 16) % 96577, 2 ** 64 + 1, -(2 ** 70) // 3, (2 ** 70) % -7, math.lcm(23, 19, 13, 17))
