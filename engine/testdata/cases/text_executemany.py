# text() with a list of dicts runs as one executemany; a missing bind parameter is SQLAlchemy's StatementError.
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.connect() as conn:
    conn.execute(text("CREATE TABLE some_table (x int, y int)"))
    conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"), [{"x": 1, "y": 1}, {"x": 2, "y": 4}])
    conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :x)"), {"x": 7})
    conn.commit()
with engine.begin() as conn:
    print(conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), {"y": 2}).all())
with engine.connect() as conn:
    conn.execute(text("UPDATE some_table SET y = :y WHERE x = :x"), [{"x": 9}])
