# source: greensoftwarelab/RosettaExamples Caesar-cipher/Python/caesar-cipher.py (dict(zip(abc, shifted)) with the (k, 26-k)[decode] trick)
from string import ascii_uppercase as abc

def caesar(s, k, decode = False):
    trans = dict(zip(abc, abc[(k,26-k)[decode]:] + abc[:(k,26-k)[decode]]))
    return ''.join(trans[L] for L in s.upper() if L in abc)

msg = "The quick brown fox jumped over the lazy dogs. Caesar shift of twelve."
enc = caesar(msg, 12)
print(enc)
print(caesar(enc, 12, True))

L2I = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", range(26)))
I2L = dict(zip(range(26), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
key = 3
plaintext = "YOU WILL NEVER KNOW!!!"
ciphertext = ""
for c in plaintext.upper():
    if c.isalpha(): ciphertext += I2L[(L2I[c] + key) % 26]
    else: ciphertext += c
plaintext2 = ""
for c in ciphertext.upper():
    if c.isalpha(): plaintext2 += I2L[(L2I[c] - key) % 26]
    else: plaintext2 += c
print("Original Text : {}".format(plaintext))
print("Encrypted Text : {}".format(ciphertext))
print("Decrypted Text : {}".format(plaintext2))
print((-3) % 26, -3 // 26, divmod(-29, 26))
