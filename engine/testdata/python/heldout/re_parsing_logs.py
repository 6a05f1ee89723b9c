import re
from collections import Counter
LOG = """2024-03-01 10:00:01 INFO  user=ann action=login ip=10.0.0.1
2024-03-01 10:05:22 ERROR user=bob action=pay amount=12.50 ip=10.0.0.2
2024-03-01 10:06:00 WARN  user=ann action=pay amount=3 ip=10.0.0.1
bad line here
2024-03-01 11:00:00 INFO  user=cat action=logout ip=10.0.0.3"""
LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$")
levels = Counter()
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("skip:", repr(line))
        continue
    levels[m["level"]] += 1
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m["time"], m.group("level"), kv)
print(levels.most_common())
print(re.findall(r"ip=(\d+\.\d+\.\d+\.(\d+))", LOG))
amounts = [float(a) for a in re.findall(r"amount=([\d.]+)", LOG)]
print(amounts, sum(amounts))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1)[0] + "***", LOG.splitlines()[0]))
