x = 3.14159
name = "cascade"
items = [1, 2]
print(f"{x=:.2f}", f"{x = }", f"{ x=}", f"{name=!s}", f"{name=!r:>12}", f"{items=}", f"{len(name)=}")
print(f"{x*2=:10.3f}|", f"{name.upper()=}", f"{items[0]=}", f"{1+1=}", f"{'q'=}")
d = {"a": 1}
print(f"{d['a']=}", f"{d=}", f"{None=}", f"{True and False=}", f"{x if x > 3 else 0=:.1f}")
