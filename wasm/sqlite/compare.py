# Compares the two halves' JSON lines (diff/main.go, host.mjs) statement by statement. A
# difference is the host's when the wasm's host, not SQLite, answers it: these are counted apart,
# as the browser's driver has to give them as the engine's Go does (docs/performance.md):
#   libm    a math function's float within 4 ulps (go-sqlite3-wasm's libm is Go's math, the
#           host's is JavaScript's Math)
#   base64  base64() is a Go function go-sqlite3 registers on each connection, not C
#   memory  out of hard_heap_limit: go-sqlite3 panics (store maps it to the memory budget), the
#           C build returns SQLITE_NOMEM
# Any other difference fails: prints the first N (argument 3, default 50) and exits 1.
import json, re, sys
def load(p): return {(r['Case'], r['Stmt']): r for r in map(json.loads, open(p))}
a, b = load(sys.argv[1]), load(sys.argv[2])
MATH = re.compile(r'\b(exp|ln|log|log10|log2|pow|power|mod|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|sqrt)\(')

def ulps(x, y):
    return abs(int(x[2:], 16) - int(y[2:], 16)) if x[:2] == y[:2] == 'f:' and (int(x[2:], 16) >> 63) == (int(y[2:], 16) >> 63) else None

def host(ra, rb):
    if ra is None or rb is None: return None
    if ra.get('Code') == -2 and ra.get('Msg') == 'panic: sqlite3: out of memory' and rb.get('Code') == 7: return 'memory'
    strip = lambda r, *keys: {k: v for k, v in r.items() if k not in ('Rows',) + keys}
    if 'base64(' in ra['SQL'] and rb.get('Msg') == 'no such function: base64' and 'Code' not in ra: return 'base64'
    rows_a, rows_b = ra.get('Rows', []), rb.get('Rows', [])
    if 'pragma_function_list' in ra['SQL'] and strip(ra, 'Steps') == strip(rb, 'Steps'):  # a row fewer, fewer steps
        return 'base64' if [r for r in rows_a if r[0] != 't:' + b'base64'.hex()] == rows_b else None
    if strip(ra) != strip(rb): return None
    if MATH.search(ra['SQL']) and len(rows_a) == len(rows_b) and all(
            len(x) == len(y) and all(u == v or (ulps(u, v) or 99) <= 4 for u, v in zip(x, y)) for x, y in zip(rows_a, rows_b)):
        return 'libm'
    return None

def show(r):
    if r is None: return None
    r = dict(r); r.pop('SQL', None)
    for k in ('Rows',):
        if k in r: r[k] = [[bytes.fromhex(v[2:]).decode('utf8', 'replace') if v[:2] == 't:' else v for v in row] for row in r[k]]
    return r
n, hosts = 0, {}
for k in sorted(set(a) | set(b)):
    ra, rb = a.get(k), b.get(k)
    if ra == rb: continue
    h = host(ra, rb)
    if h:
        hosts[h] = hosts.get(h, 0) + 1
        continue
    n += 1
    if n <= int(sys.argv[3] if len(sys.argv) > 3 else 50):
        print('==', (ra or rb)['SQL'][:200]); print('  go:', json.dumps(show(ra))[:1500]); print('  js:', json.dumps(show(rb))[:1500])
print('statements', len(a), len(b), 'the host\'s', sum(hosts.values()), dict(sorted(hosts.items())), 'differing', n)
sys.exit(1 if n else 0)
