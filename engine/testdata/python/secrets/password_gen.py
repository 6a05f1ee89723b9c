import secrets, string
alphabet = string.ascii_letters + string.digits + "!@#$"
def make(n):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(n))
        if any(c.islower() for c in pw) and any(c.isupper() for c in pw) and sum(c.isdigit() for c in pw) >= 2:
            return pw
pws = [make(10) for _ in range(20)]
print(len(pws), {len(p) for p in pws}, all(set(p) <= set(alphabet) for p in pws), len(set(pws)))
words = ["apple", "brick", "cloud", "delta"]
phrase = "-".join(secrets.choice(words) for _ in range(4))
print(phrase.count("-"), all(w in words for w in phrase.split("-")))
print(secrets.choice(("only",)), secrets.choice(range(5, 6)), secrets.choice(b"z"))
