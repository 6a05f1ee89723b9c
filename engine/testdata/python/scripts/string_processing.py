raw = "  Alice Smith <alice@example.com>, bob jones <BOB@Example.org> ,carol<c@x.io>"
people = []
for chunk in raw.split(","):
    name, _, email = chunk.strip().partition("<")
    people.append((name.strip().title(), email.rstrip(">").lower()))
for name, email in people:
    user, _, domain = email.partition("@")
    print(f"{name:<12}|{user:>6}@{domain}")
