# source: password-strength validators (rule list of (predicate, message), any/all over character classes) in signup helpers
import string

RULES = [
    (lambda p: len(p) >= 8, "at least 8 characters"),
    (lambda p: any(c.isupper() for c in p), "an uppercase letter"),
    (lambda p: any(c.islower() for c in p), "a lowercase letter"),
    (lambda p: any(c.isdigit() for c in p), "a digit"),
    (lambda p: any(c in string.punctuation for c in p), "a symbol"),
    (lambda p: not any(p[i] == p[i + 1] == p[i + 2] for i in range(len(p) - 2)), "no triple repeats"),
]

def check(password):
    missing = [msg for rule, msg in RULES if not rule(password)]
    score = len(RULES) - len(missing)
    label = ["very weak", "very weak", "weak", "fair", "good", "strong", "excellent"][score]
    return score, label, missing

for pw in ["", "password", "Passw0rd", "Passw0rd!", "aaaBBB111!!!", "Tr0ub4dor&3", "correct horse battery staple"]:
    score, label, missing = check(pw)
    print(f"{pw!r:32} {score}/6 {label:<10} {'; '.join(missing) or '-'}")
print(all([]), any([]), all(c.isalpha() for c in ""), sum(c.isdigit() for c in "a1b22"), max("abc", key=ord), min([], default="none"))
print(string.ascii_lowercase[::5], string.hexdigits, len(string.printable), repr(string.whitespace), string.octdigits)
