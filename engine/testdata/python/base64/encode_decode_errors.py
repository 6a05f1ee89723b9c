import base64, binascii
for s in [b"", b"a", b"ab", b"abc", b"abcd", b"\xff\xfe\x00", bytes(range(70))]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.encodebytes(s))
    print(base64.b32decode(base64.b32encode(s)) == s, base64.b16decode(base64.b16encode(s)) == s, base64.decodebytes(base64.encodebytes(s)) == s)
for bad in ["abc", "ab=c", "a", "abcde", "ab!!cd", "YQ==YQ==", "=YQ", "YQ", "YQ=", "YWJj\nZA==", "é"]:
    for v in (False, True):
        try:
            print(repr(bad), v, base64.b64decode(bad, validate=v))
        except (binascii.Error, ValueError) as e:
            print(repr(bad), v, type(e).__name__, e)
for bad in ["MFRGG===", "MFRGG==", "mfrgg===", "MFRGGZA=", "MF======", "1FRGG==="]:
    try:
        print(base64.b32decode(bad), base64.b32decode(bad, casefold=True))
    except binascii.Error as e:
        print("Error", e)
for bad in ["abc", "4A", "4a", "zz"]:
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print("Error", e)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
try:
    base64.b64decode(5)
except TypeError as e:
    print(e)
print(binascii.Error.__mro__[1], isinstance(binascii.Error(), ValueError))
