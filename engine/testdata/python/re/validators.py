import re
EMAIL = re.compile(r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$")
for e in ["john@example.com", "a.b+c@sub.domain.org", "bad@domain", "@no.com", "x@y.z", "x@y.zz"]:
    print(e, bool(EMAIL.match(e)))
URL = re.compile(r"^https?://(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:/[^\s]*)?$", re.I)
for u in ["http://example.com", "https://a.b.co:8080/path?q=1", "ftp://x.com", "http://localhost"]:
    print(u, bool(URL.match(u)))
IP = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
print([ip for ip in ["192.168.1.1", "256.1.1.1", "1.2.3", "0.0.0.0"] if IP.match(ip)])
PW = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
print([p for p in ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!"] if PW.match(p)])
