def read(lines):
    for l in lines:
        print("read", l)
        yield l
def upper(it):
    for x in it:
        yield x.upper()
p = upper(read(["a", "b"]))
print("built")
for v in p:
    print("got", v)
