# source: number-to-words converters (ones/tens tables, recursion for thousands/millions, hyphenation) from kata repos
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            tail = "" if rest == 0 else (" and " if rest < 100 and value == 100 else " ") + words(rest)
            return f"{words(head)} {name}{tail}"

for n in (0, 7, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 12345, 1_000_000, 2_500_017, -8, 10 ** 10 + 1):
    print(f"{n:>12,} {words(n)}")
letters = sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001))
print(letters)
