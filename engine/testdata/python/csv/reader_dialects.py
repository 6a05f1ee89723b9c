import csv, io
print(list(csv.reader(['a, b,"c ""q"" d",', '"multi', 'line",x', '', 'end'], skipinitialspace=True)))
r = csv.reader(io.StringIO('h1,h2\r\n1,2\r\n\r\n"x\r\ny",3\r\n'))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["1,2.5,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(['a\\,b,c\\"d'], escapechar='\\')), list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(['a\tb'], csv.excel_tab)))
o = io.StringIO(); w = csv.writer(o, escapechar='\\', quoting=csv.QUOTE_NONE); w.writerow(['a,b', 'c\\d', 'e"f']); print(repr(o.getvalue()))
o = io.StringIO(); w = csv.writer(o, escapechar='\\', doublequote=False); w.writerow(['a"b', 'c\\d']); print(repr(o.getvalue()))
o = io.StringIO(); w = csv.writer(o, dialect='unix'); w.writerows([[1, 'a'], (None, 2.0)]); print(repr(o.getvalue()))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
o = io.StringIO(); csv.writer(o, Semi).writerow(['a;b', 'c']); print(repr(o.getvalue()), list(csv.reader(['x;"y;z"'], dialect=Semi)))
