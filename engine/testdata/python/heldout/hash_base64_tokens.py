import hashlib, base64, hmac, binascii
pw = "s3cret"
print(hashlib.sha256(pw.encode()).hexdigest())
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"").hexdigest()[:10])
h = hashlib.sha256(); h.update(b"a"); h.update(b"b")
print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest(), h.digest_size, h.name)
print(base64.b64encode(b"user:pass"), base64.b64decode("dXNlcjpwYXNz"), base64.urlsafe_b64encode(b"\xfb\xff").decode())
print(base64.b64encode("héllo".encode("utf-8")).decode("ascii"), binascii.hexlify(b"\x00\xff"), bytes.fromhex("deadbeef"))
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest())
print(hmac.compare_digest("a", "a"), hashlib.sha256(b"x").hexdigest()[:8])
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16])
