d = {"key": "value", 1: "one"}
x = 0
print(f"{(lambda v: v * 2)(21)}", f"{d['key']}", f"{d[1]}", f"{'yes' if x else 'no'}", f"{(x := 5)}", x)
print(f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{(1, 2)}", f"{1, 2}", f"{*[1, 2],}")
s = "word"
print(f"{s[::-1]}", f"{s[1:3]!r}", f"{s.upper():*^10}", f"{s!a}", f"{len(s):b}", f"{ord(s[0]):#o}")
print(f"""triple {s}
second line {x}""")
print(f'{"double" + "quoted"}', f"{'single'!r}", rf"raw\n{s}", fr"{s}\t")
