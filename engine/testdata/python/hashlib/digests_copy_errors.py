import hashlib
for n in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, n)(b"abc")
    c = h.copy()
    c.update(b"def")
    print(n, h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, hashlib.new(n.upper(), b"abc").hexdigest() == h.hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest(), hashlib.md5(b"x").digest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
try:
    hashlib.md5(5)
except TypeError as e:
    print(e)
h = hashlib.sha1()
h.update(b"a" * 1000)
print(h.hexdigest(), type(h).__name__)
