import io
s = io.StringIO("héllo\nwörld")
print(s.read(3), s.tell(), s.readline(), repr(s.readline(2)), s.read(), repr(s.read()))
s = io.StringIO()
s.write("abc")
s.seek(1)
s.write("Z")
print(s.getvalue(), s.tell(), repr(s.read()))
s.seek(6)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(2), repr(s.getvalue()), s.tell())
try:
    s.write(5)
except TypeError as e:
    print("TypeError", e)
print(io.StringIO("a\nb\n").readlines(), list(io.StringIO("")), io.StringIO().getvalue() == "")
