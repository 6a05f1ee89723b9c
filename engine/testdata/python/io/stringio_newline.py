# io.StringIO(newline=None) translates \r\n and \r to \n as text is written (the initial value too);
# write() still counts the characters given.
import csv
import io

s = io.StringIO('a\r\nb\rc', newline=None)
print(repr(s.getvalue()), s.write('x\r\ny'), repr(s.getvalue()), s.tell())
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.readlines())
s.seek(0)
print(s.readlines())
print(repr(io.StringIO('a\r\nb', newline='\n').getvalue()), repr(io.StringIO('a\r\nb', None).getvalue()))
out = io.StringIO(newline=None)
w = csv.writer(out)
w.writerow(["a", "b,c"])
w.writerow([1, None, 2.5])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out).writerow(["x"])
print(repr(out.getvalue()))
