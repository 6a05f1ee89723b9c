# source: Advent-of-Code 2022 day 5 "supply stacks" solutions (parse a drawing column-wise, move crates between list stacks)
DRAWING = """\
    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2
"""

head, moves = DRAWING.split("\n\n")
*rows, labels = head.splitlines()
n = len(labels.split())
stacks = [[] for _ in range(n)]
for row in reversed(rows):
    for i in range(n):
        pos = 1 + 4 * i
        if pos < len(row) and row[pos].strip():
            stacks[i].append(row[pos])
print(stacks)

def run(stacks, moves, keep_order):
    st = [s[:] for s in stacks]
    for line in moves.strip().splitlines():
        _, k, _, a, _, b = line.split()
        k, a, b = int(k), int(a) - 1, int(b) - 1
        chunk = st[a][-k:]
        del st[a][-k:]
        st[b].extend(chunk if keep_order else chunk[::-1])
    return "".join(s[-1] if s else " " for s in st)

print(run(stacks, moves, False), run(stacks, moves, True))
print(repr(labels), labels.split(), rows[0][1:2], len(rows[0]), repr(rows[0].rstrip()))
