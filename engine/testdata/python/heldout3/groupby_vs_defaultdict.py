# source: shamikbose/python_examples GroupBy_Demo.py (groupby on sorted rows, then a defaultdict(list) multidict)
rows = [
    {"address": "5412 N CLARK", "date": "07/01/2012"},
    {"address": "5148 N CLARK", "date": "07/04/2012"},
    {"address": "5800 E 58TH", "date": "07/02/2012"},
    {"address": "2122 N CLARK", "date": "07/03/2012"},
    {"address": "5645 N RAVENSWOOD", "date": "07/02/2012"},
]
from operator import itemgetter
from collections import defaultdict
from itertools import groupby

unsorted = [(k, len(list(g))) for k, g in groupby(rows, key=itemgetter("date"))]
print(unsorted)
rows.sort(key=itemgetter("date"))
for date, items in groupby(rows, key=itemgetter("date")):
    print(date)
    for i in items:
        print("     ", i)

rows_by_date = defaultdict(list)
for row in rows:
    rows_by_date[row["date"]].append(row)

for r in rows_by_date.keys():
    print(r, [x["address"] for x in rows_by_date[r]])
print(rows_by_date["12/31/2012"], len(rows_by_date))
