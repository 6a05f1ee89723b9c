import base64
import hashlib

token = base64.b64encode(b"user:secret")
print(token, token.decode(), base64.b64decode(token), base64.b64decode("dXNlcjpzZWNyZXQ="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"))
print(base64.b16encode(b"hi"), base64.b32encode(b"hi"), base64.b64encode(b""), base64.standard_b64encode(b"a"))
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256("héllo".encode()).hexdigest(), hashlib.sha256().hexdigest()[:16])
h = hashlib.sha256()
h.update(b"part1")
h.update(b"part2")
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.new("sha1", b"x").hexdigest(), hashlib.sha512(b"").hexdigest()[:20], hashlib.md5(b"a").digest()[:4])
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
