# source: Neivanny1/Simple_pythons is_palindrome.py and PdxCodeGuild/class_pangolin code/jeff/Python/lab_17.py (palindrome by slicing, anagram by sorted and Counter)
from collections import Counter


def is_palindrome(word):
    rev_word = word[::-1]
    if (word == rev_word):
        print(f'{word} is palindrome')
    else:
        print(f'{word} is not palindrome')


def is_anagram(word1, word2):
    if Counter(word1) == Counter(word2):
        print(f'{word1} and {word2} are anagrams')
    else:
        print(f'{word1} and {word2} are not anagrams')


def check_anagram(wd1, wd2):
    if (sorted(wd1)) == (sorted(wd2)):
        return ((wd1) + ' is an anagram of ' + (wd2))
    else:
        return ((wd1) + 'and ' + (wd2) + 'are not an anagram')


def clean_palindrome(s):
    t = ''.join(ch.lower() for ch in s if ch.isalnum())
    return t == t[::-1]


if __name__ == "__main__":
    is_palindrome('eric')
    is_palindrome('racecar')
    is_anagram('save', 'evas')
    is_anagram('save', 'vase!')
    print(check_anagram('anagram'.replace(" ", ""), 'nag a ram'.replace(" ", "")))
    print(check_anagram('abc', 'abd'))
    for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Hello", ""]:
        print(repr(s), clean_palindrome(s))
    print(sorted("nag a ram"), Counter("aab") == Counter({"a": 2, "b": 1, "c": 0}))
