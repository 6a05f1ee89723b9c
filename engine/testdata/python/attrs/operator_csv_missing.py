# operator's and csv's C types, textwrap's, string's and json's Python classes.
import operator, csv, io, textwrap, string, json
objs = [operator.itemgetter(1), operator.attrgetter("x"), operator.methodcaller("upper"), csv.writer(io.StringIO()), csv.reader(["a,b"]),
        csv.DictWriter(io.StringIO(), ["a"]), csv.DictReader(["a", "1"]), textwrap.TextWrapper(width=10), string.Template("$x"), string.Formatter(), json.JSONEncoder()]
for o in objs:
    for name in ("nosuch", "writerow", "fieldnames", "width", "substitute", "encode", "__len__"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
