import binascii
import base64

print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify("00ff6162"), binascii.b2a_hex(b"k"), binascii.a2b_hex(b"6B"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64("aGVsbG8="))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e)
try:
    binascii.a2b_base64(b"aGVsbG8=x", strict_mode=True)
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b64decode("abc")
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e)
token = base64.urlsafe_b64encode(b"user-42:" + bytes([250, 251, 252])).rstrip(b"=").decode("ascii")
print(token, base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
