x, name = 42, "Ann"
items = [1, 2]
print(f"{x=}", f"{name=}", f"{x = }", f"{x=:>5}", f"{name=!s}", f"{items=}")
print(f"{x*2=}", f"{len(items)=}", f"{name.upper()=}")
print(f"{'quoted'!r}", f"{name!a}", f"{'é'!a}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{{literal}}", f"{{{x}}}")
print(f"{x:{'>'}{8}}", f"{3.5:{'.3f'}}")
print(f"{'a' if x > 3 else 'b'}", f"{[i * i for i in range(3)]}")
print(f"""multi
{x}""")
print(F"upper {x}", rf"raw \n {x}", fr"{name}\t")
