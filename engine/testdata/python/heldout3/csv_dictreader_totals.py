# source: GabrielaDomiciano/PFDA mywork/week01/readcsv-dict.py and prasertcbs/python_tutorial src/demo_read.py (DictReader rows, fieldnames, per-row totals); the file is an in-memory string
import csv
import io

DATA = """country,gold,silver,bronze
United States,46,37,38
Great Britain,27,23,17
China,26,18,26
"Korea, South",9,3,9
"""

fp = io.StringIO(DATA)
data = csv.DictReader(fp)
print(type(data).__name__)
print(data.fieldnames)
for row in data:
    print(row)
    print(row["country"], row["gold"])

fp = io.StringIO(DATA)
rows = csv.reader(fp)
header = next(rows)
for row in rows:
    print("{:25}: {:2} {:2} {:2} {:3}".format(row[0], row[1], row[2], row[3], int(row[1]) + int(row[2]) + int(row[3])))
print(rows.line_num, header)
fp = io.StringIO("id,name\n1,a\n2,b,extra\n3\n")
for r in csv.DictReader(fp, restkey="rest", restval="?"):
    print(r)
