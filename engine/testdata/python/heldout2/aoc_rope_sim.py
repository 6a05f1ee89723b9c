# source: Advent-of-Code 2022 day 9 "rope bridge" solutions (knots following the head, sign function via (a > b) - (a < b), set of visited cells)
MOVES = """R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2"""

def sign(x):
    return (x > 0) - (x < 0)

def simulate(knots):
    rope = [[0, 0] for _ in range(knots)]
    seen = {(0, 0)}
    delta = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}
    for line in MOVES.splitlines():
        d, n = line.split()
        for _ in range(int(n)):
            rope[0][0] += delta[d][0]
            rope[0][1] += delta[d][1]
            for i in range(1, knots):
                dx = rope[i - 1][0] - rope[i][0]
                dy = rope[i - 1][1] - rope[i][1]
                if abs(dx) > 1 or abs(dy) > 1:
                    rope[i][0] += sign(dx)
                    rope[i][1] += sign(dy)
            seen.add(tuple(rope[-1]))
    return len(seen), rope

print(simulate(2))
print(simulate(10)[0])
print(sign(-3), sign(0), sign(2.5), True + True, (3 > 1) * 5, -True, abs(-0.0), abs(True))
