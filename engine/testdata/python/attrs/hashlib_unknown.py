# hashlib.new of a name no OpenSSL digest has is CPython's ValueError.
import hashlib
for n in ("unknown", "crc32", "adler", "", "MD5", "sha256", "SHA1"):
    try:
        h = hashlib.new(n, b"abc")
        print(n, h.name, h.hexdigest()[:16])
    except ValueError as e:
        print(n, "ValueError:", e)
h = hashlib.sha256(b"x")
for name in ("nosuch", "hexdigest", "digest_size", "block_size", "name"):
    try:
        print(name, getattr(h, name) if not callable(getattr(h, name)) else "method")
    except AttributeError as e:
        print(name, e)
try:
    hashlib.sha257
except AttributeError as e:
    print(e)
