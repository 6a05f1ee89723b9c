import hmac, hashlib
key = b"key"
msg = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hmac.new(key, msg, name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hmac.digest(key, msg, getattr(hashlib, name)) == h.digest())
h = hmac.new(b"", digestmod="sha256")
for part in [b"a", b"", b"bc"]:
    h.update(part)
print(h.hexdigest() == hmac.new(b"", b"abc", "sha256").hexdigest())
print(hmac.new(b"k" * 200, b"", "sha1").hexdigest())
