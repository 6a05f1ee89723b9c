# source: ActiveState recipe 81611 "Roman Numerals" as copied in public repositories (NUMERAL_MAP zip of values and numerals)
numeral_map = tuple(zip(
    (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
    ('M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I')
))


def int_to_roman(i):
    result = []
    for integer, numeral in numeral_map:
        count = int(i / integer)
        result.append(numeral * count)
        i -= integer * count
    return ''.join(result)


def roman_to_int(n):
    n = str(n).upper()
    i = result = 0
    for integer, numeral in numeral_map:
        while n[i:i + len(numeral)] == numeral:
            result += integer
            i += len(numeral)
    return result


for n in (1, 4, 9, 14, 40, 48, 90, 400, 444, 1000, 1666, 1990, 1994, 2008, 3999):
    r = int_to_roman(n)
    print(f"{n:>5} {r:<15} {roman_to_int(r)}")
print(all(roman_to_int(int_to_roman(n)) == n for n in range(1, 4000)))
print(roman_to_int("mcmxciv"), int_to_roman(0) == "")
