def query(table, *columns, where=None, limit=10, **options):
    cols = ", ".join(columns) or "*"
    sql = f"SELECT {cols} FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = {v!r}" for k, v in where.items())
    sql += f" LIMIT {limit}"
    if options:
        sql += f" -- {options}"
    return sql


print(query("users"))
print(query("users", "id", "name", where={"name": "ann", "age": 3}, limit=5, order="id"))
args = ("posts", "title")
kw = {"limit": 1, "where": {"id": 7}}
print(query(*args, **kw))


def pos_only(a, b, /, c, *, d=4):
    return a, b, c, d


print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=5))
for call in [lambda: pos_only(1, b=2, c=3), lambda: pos_only(1, 2, 3, 4), lambda: query(), lambda: query("t", limit=1, **{"limit": 2})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest, [*range(3), *"ab"], {**{"x": 1}, "y": 2}, print(*[1, 2], sep="+"))


def defaults(x, items=[]):
    items.append(x)
    return items


print(defaults(1), defaults(2), defaults.__defaults__)
