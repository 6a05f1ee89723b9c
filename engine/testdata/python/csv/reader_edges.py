import csv
cases = ['', ',', 'a,', ',a', '""', '"",""', ' "a"', '"a" ', '"a"b', 'a"b"c', '"a""', '"', 'a,"b\nc",d', '\t', 'x,,y']
for c in cases:
    try:
        print(repr(c), list(csv.reader([c])))
    except csv.Error as e:
        print(repr(c), "Error", e)
print(list(csv.reader(['a,b\n', 'c,d\r\n', '\n', 'e'])))
print(list(csv.reader(['"open', 'still"'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a|b|"c|d"'], delimiter='|')), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['a,"b"'], quoting=csv.QUOTE_NONE)), list(csv.reader(['1, 2'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)))
r = csv.reader(["1,2", "3"])
print(next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("StopIteration", r.line_num)
for kw in [{"delimiter": ""}, {"delimiter": 5}, {"quoting": 9}, {"bogus": 1}, {"lineterminator": 1}, {"quotechar": "ab"}]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception), sorted(csv.list_dialects()))
print(csv.excel.delimiter, repr(csv.excel.lineterminator), repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting)
