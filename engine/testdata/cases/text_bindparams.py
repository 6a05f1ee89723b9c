# text().bindparams(name=value): values bound in the statement, overridden by execute()'s; an unknown name is SQLAlchemy's ArgumentError
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE t (x int, y int)"))
    conn.execute(text("INSERT INTO t (x, y) VALUES (:x, :y)"), [{"x": 1, "y": 1}, {"x": 2, "y": 7}, {"x": 3, "y": 9}])
stmt = text("SELECT x, y FROM t WHERE y > :y ORDER BY x").bindparams(y=6)
with engine.connect() as conn:
    print(conn.execute(stmt).all(), conn.execute(stmt, {"y": 8}).all())
with Session(engine) as s:
    print(s.execute(stmt).all())
    print(s.execute(text("SELECT :a + :b").bindparams(a=1).bindparams(b=2)).scalar())
text("SELECT :a").bindparams(z=1)
