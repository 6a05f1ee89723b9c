import hashlib, binascii
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(binascii.hexlify(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 100, dklen=70)))
print(len(hashlib.pbkdf2_hmac("md5", b"", b"", 3)))
for args in [("sha256", b"p", b"s", -1), ("sha256", b"p", "s", 1), ("sha256", b"p", b"s", 1, -5), ("sha256", b"p", b"s", "1")]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
