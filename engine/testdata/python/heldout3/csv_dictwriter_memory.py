# source: write_to_mem_csv found by code search (csv.DictWriter over io.StringIO, writeheader, writerows) and sajjadGG/book-python stdlib/csv/dictwriter.rst (QUOTE_ALL, lineterminator)
import csv
import io


def write_to_mem_csv(rows, header):
    stream = io.StringIO(newline=None)
    writer = csv.DictWriter(stream, fieldnames=header)
    writer.writeheader()
    writer.writerows(rows)
    return stream


DATA = [{'Sepal Length': 5.4, 'Sepal Width': 3.9, 'Species': 'setosa'},
        {'Sepal Length': 5.9, 'Sepal Width': 3.0, 'Species': 'virginica, maybe'},
        {'Sepal Length': 6.0, 'Species': 'say "hi"'}]
out = write_to_mem_csv(DATA, ['Sepal Length', 'Sepal Width', 'Species'])
print(repr(out.getvalue()))
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['Sepal Length', 'Species'], quoting=csv.QUOTE_ALL, lineterminator='\n', extrasaction='ignore')
w.writeheader()
w.writerows(DATA)
print(s.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print("ValueError:", e)
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(back[1], back[2]['Sepal Width'] == '')
total = sum(float(r['Sepal Length']) for r in back)
print(f"total length {total:.1f}, mean {total / len(back):.3f}")
reader = csv.reader(io.StringIO('a;b;"c;d"\n1;2;3\n'), delimiter=';')
print(list(reader))
