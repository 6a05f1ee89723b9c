import secrets
def reset_link(user):
    return f"https://example.com/reset?user={user}&token={secrets.token_urlsafe(24)}"
link = reset_link("ann")
prefix, token = link.rsplit("=", 1)
print(prefix, len(token), "=" in token, "+" in token, "/" in token)
key = secrets.token_bytes(16)
print(type(key), len(key), len(key.hex()), len(secrets.token_hex(nbytes=3)))
print([len(secrets.token_urlsafe(n)) for n in range(8)])
session = {secrets.token_hex(4): i for i in range(30)}
print(len(session) == 30 or len(session) >= 28, all(len(k) == 8 for k in session))
