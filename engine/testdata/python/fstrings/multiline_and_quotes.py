v = 5
msg = (f"first {v} "
       f"second {v * 2}")
print(msg)
print(f'{"double inside single"}')
print(f"""triple {v}
next line {v!r}""")
