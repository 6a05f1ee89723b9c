# expect: refusal re on a bytearray
import re
print(re.findall(b"[a-z]", bytearray(b"a1b2")))
