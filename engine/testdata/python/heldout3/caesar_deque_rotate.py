# source: PiRobot2021/Crypto Cesar.py (deque.rotate of the alphabet to build maketrans tables; brute-force decrypt over 26 rotations)
import string
from collections import deque

az = [l for l in string.ascii_lowercase]
AZ = [L for L in string.ascii_uppercase]


def encrypt(rot, plaintext):
    shift = deque(az)
    shift.rotate(rot)
    rotation_tab = plaintext.maketrans(string.ascii_lowercase, ''.join(shift))
    cipher = plaintext.translate(rotation_tab)
    SHIFT = deque(AZ)
    SHIFT.rotate(rot)
    rotation_tab = cipher.maketrans(string.ascii_uppercase, ''.join(SHIFT))
    return cipher.translate(rotation_tab)


def decrypt(cipher):
    for rot in range(0, 26, 5):
        print(rot, '\t', encrypt(rot, cipher))


def main():
    text = 'Attack at Dawn, Gaul!'
    key = '3'
    cipher = encrypt(int(key), text)
    print(cipher)
    decrypt(cipher)
    d = deque(range(5))
    d.rotate(-2)
    print(d, d.maxlen)
    d2 = deque("abc", maxlen=3)
    d2.append("d")
    d2.appendleft("z")
    print(d2, list(d2), d2[1])


main()
