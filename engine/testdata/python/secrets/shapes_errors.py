import secrets, string
for f in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(2.5), lambda: secrets.token_bytes(-1), lambda: secrets.token_hex(1.5), lambda: secrets.choice([]), lambda: secrets.randbits(-1), lambda: secrets.token_bytes('a'), lambda: secrets.randbelow('a'), lambda: secrets.choice({}), lambda: secrets.choice(5), lambda: secrets.randbelow(), lambda: secrets.randbelow(-5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(secrets.token_hex(0), secrets.token_urlsafe(0), secrets.token_bytes(0), secrets.randbits(0), secrets.DEFAULT_ENTROPY)
print(len(secrets.token_hex()), len(secrets.token_urlsafe()), len(secrets.token_bytes()), len(secrets.token_hex(5)), len(secrets.token_urlsafe(5)), len(secrets.token_urlsafe(16)))
print(all(c in string.hexdigits for c in secrets.token_hex(50)), set(secrets.token_urlsafe(300)) <= set(string.ascii_letters + string.digits + "-_"))
print(type(secrets.token_bytes(3)).__name__, secrets.randbelow(1), secrets.randbelow(True), 0 <= secrets.randbelow(10**30) < 10**30, secrets.choice("a"), secrets.choice([7]), secrets.randbits(1) in (0, 1))
print(secrets.compare_digest("a", "a"), sorted({secrets.randbelow(3) for _ in range(200)}), len({secrets.token_hex(8) for _ in range(50)}))
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(pw), all(c in alphabet for c in pw), secrets.randbits(8) < 256, 0 < secrets.randbits(100).bit_length() <= 100 or True)
