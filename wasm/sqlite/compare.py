# Compares the two halves' JSON lines (diff/main.go, host.mjs) statement by statement: prints
# the first N differences (argument 3, default 50) and the count; exits 1 if any differ.
import json, sys
def load(p): return {(r['Case'], r['Stmt']): r for r in map(json.loads, open(p))}
a, b = load(sys.argv[1]), load(sys.argv[2])
def show(r):
    if r is None: return None
    r = dict(r); r.pop('SQL', None)
    for k in ('Rows',):
        if k in r: r[k] = [[bytes.fromhex(v[2:]).decode('utf8', 'replace') if v[:2] == 't:' else v for v in row] for row in r[k]]
    return r
n = 0
for k in sorted(set(a) | set(b)):
    ra, rb = a.get(k), b.get(k)
    if ra != rb:
        n += 1
        if n <= int(sys.argv[3] if len(sys.argv) > 3 else 50):
            print('==', (ra or rb)['SQL'][:200]); print('  go:', json.dumps(show(ra))[:1500]); print('  js:', json.dumps(show(rb))[:1500])
print('statements', len(a), len(b), 'differing', n)
sys.exit(1 if n else 0)
