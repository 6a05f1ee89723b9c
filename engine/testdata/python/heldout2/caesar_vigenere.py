# source: caesar/vigenere cipher exercises (ord/chr shifts, str.maketrans) common in beginner repos
import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    shift %= 26
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn! Zebra-42."
for s in (3, 13, -1, 52):
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", decrypt=True))
print(str.maketrans("ab", "xy"), str.maketrans({"a": None, "b": "zz"}))
print("abcab".translate({97: None, 98: "BB"}), "hello".translate(str.maketrans("l", "L", "o")))
print([ord(c) for c in "Zz~"], chr(0x263A), ascii("naïve ☺"), "ß".upper(), "ǅ".lower(), "İ".lower().encode())
