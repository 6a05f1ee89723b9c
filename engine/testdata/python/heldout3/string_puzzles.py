# source: a "Puzzles related to strings" module found by code search (reverse_words, palindrome with next() over a generator, Counter anagram)
from collections import Counter

def reverse_words(s: str, sep: str=' ') -> str:
    "Reverse the order of words in `s`, separated by `sep`."
    return sep.join(reversed(s.split(sep)))

def palindrome(s: str) -> bool:
    "True if `s` is a palindrome."
    return next((False for i in range(len(s)//2) if s[i] != s[-1-i]), True)

def anagram(a: str, b: str) -> bool:
    "True if `a` and `b` contain the same characters."
    return Counter(a) == Counter(b)

print(reverse_words("the sky is blue"))
print(reverse_words("a,b,,c", ","))
print(reverse_words("  two  spaces "))
print([palindrome(w) for w in ["", "a", "ab", "aba", "abba", "abca"]])
print(anagram("listen", "silent"), anagram("Listen", "silent"))
print(palindrome.__doc__, reverse_words.__annotations__)
print(reverse_words.__defaults__, palindrome.__name__)
print(" ".join(w[::-1] for w in "hello world".split()), "hello world".title(), "hELLO wORLD".swapcase())
print("ab".join("xyz"), "-".join([]), "x".center(6, "*"), "7".zfill(3), "-7".zfill(4), "+7".zfill(4))
