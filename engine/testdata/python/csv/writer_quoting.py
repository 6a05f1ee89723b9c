import csv, io
o=io.StringIO(); w=csv.writer(o, lineterminator='\n'); w.writerow(['a\rb','c\nd', None, 1.5, True, '']); w.writerow(['']); w.writerow([]); w.writerow([None]); print(repr(o.getvalue()))
print(list(csv.reader(['a,"b\x00c"'])))
o=io.StringIO(); w=csv.writer(o, quoting=csv.QUOTE_NONNUMERIC); print(w.writerow(['a', 1, 2.5, None, True]), repr(o.getvalue()))
o=io.StringIO(); w=csv.writer(o, quoting=csv.QUOTE_ALL); w.writerow(['a', 1, None, '']); print(repr(o.getvalue()))
for f in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.writer(io.StringIO(), delimiter='ab'), lambda: csv.writer(io.StringIO()).writerow(5), lambda: list(csv.reader(['"a"b'], strict=True)), lambda: list(csv.reader(['"ab'], strict=True)), lambda: list(csv.reader([1])), lambda: csv.reader(['a'], dialect='nope'), lambda: list(csv.reader(['a'], quoting=csv.QUOTE_NONNUMERIC)), lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']), lambda: list(csv.reader(['a\rb']))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
