# source: xioacd99/EnhancedNotePad ENotePadAlgorithm/strEncrypt/Caesar.py (str.maketrans over a symbol table, key given as a string)
symbols = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz1234567890 !?.'


def caesarEncrypt(msg, key=9):
    cipher = symbols[int(key):] + symbols[:int(key)]
    trans = str.maketrans(symbols, cipher)
    return msg.translate(trans)


def caesarDecrypt(msg, key=9):
    cipher = symbols[int(key):] + symbols[:int(key)]
    return msg.translate(str.maketrans(cipher, symbols))


if __name__ == '__main__':
    ans = caesarEncrypt('abcde', '1')
    print(ans)
    secret = caesarEncrypt('Hello, World! 2024?')
    print(secret, caesarDecrypt(secret))
    table = str.maketrans('abc', 'xyz', 'd')
    print(sorted(table.items()))
    print('abcdd-cba'.translate(table))
    print('hello'.translate({ord('l'): None, ord('h'): 'J'}))
    print(str.maketrans({'a': '1', 'b': None}))
    try:
        str.maketrans('ab', 'c')
    except ValueError as e:
        print("ValueError:", e)
