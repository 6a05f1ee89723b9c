import re
LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
logs = [
    '127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
    '10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 -',
    'garbage line',
]
for l in logs:
    m = LINE.match(l)
    print(m.groupdict() if m else None)
print(re.findall(r"\[(\d+)/(\w+)/(\d+)", " ".join(logs)))
