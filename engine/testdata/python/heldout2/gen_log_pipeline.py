# source: generator pipelines over log lines (David Beazley's "Generator Tricks for Systems Programmers" shape: gen_grep, field extraction, sum)
LOG = """\
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - [24/Feb/2008:00:09:00 -0600] "GET /favicon.ico HTTP/1.1" 404 133
66.249.72.134 - - [24/Feb/2008:00:10:17 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
12.40.5.1 - - [24/Feb/2008:00:11:01 -0600] "GET /ply/example.html HTTP/1.1" 304 -
66.249.72.134 - - [24/Feb/2008:00:12:44 -0600] "POST /submit HTTP/1.1" 500 29
"""
trace = []

def lines(text):
    for line in text.splitlines():
        trace.append("line")
        yield line

def grep(pattern, lines):
    return (line for line in lines if pattern in line)

def fields(lines):
    for line in lines:
        host, _, _, ts, tz, method, path, proto, status, size = line.split()
        yield {"host": host, "ts": ts.lstrip("["), "method": method.strip('"'), "path": path,
               "status": int(status), "bytes": 0 if size == "-" else int(size)}

records = fields(grep("HTTP", lines(LOG)))
print(trace)
first = next(records)
print(first, len(trace))
rest = list(records)
print(sum(r["bytes"] for r in rest) + first["bytes"], len(trace))
hosts = {}
for r in [first] + rest:
    hosts.setdefault(r["host"], []).append(r["status"])
print(hosts)
errors = (r for r in [first] + rest if r["status"] >= 400)
print([f"{r['method']} {r['path']} -> {r['status']}" for r in errors])
print(list(errors), max(rest, key=lambda r: r["bytes"])["path"])
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
