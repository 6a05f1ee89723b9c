import hmac, hashlib, base64, json
SECRET = b"server-secret"
def sign(payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    mac = hmac.new(SECRET, body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(body).decode() + "." + base64.urlsafe_b64encode(mac).decode().rstrip("=")
def verify(token: str) -> bool:
    body_b64, _, sig = token.partition(".")
    body = base64.urlsafe_b64decode(body_b64)
    expected = base64.urlsafe_b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).decode().rstrip("=")
    return hmac.compare_digest(sig, expected)
t = sign({"user": "ann", "id": 7})
print(t)
print(verify(t), verify(t[:-2] + "xx"))
