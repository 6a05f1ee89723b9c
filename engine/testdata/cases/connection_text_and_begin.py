# Raw SQL through engine.begin() (commits at the end) and engine.connect() with commit(),
# named parameters, and rows read back as tuples and by column name.
from sqlalchemy import create_engine, text
engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE kv (k VARCHAR(5) PRIMARY KEY, v INTEGER)"))
    conn.execute(text("INSERT INTO kv (k, v) VALUES (:k, :v)"), {"k": "a", "v": 1})
with engine.connect() as conn:
    conn.execute(text("INSERT INTO kv (k, v) VALUES (:k, :v)"), {"k": "b", "v": 2})
    conn.commit()
    conn.execute(text("INSERT INTO kv (k, v) VALUES ('c', 3)"))
with engine.connect() as conn:
    rows = conn.execute(text("SELECT k, v FROM kv ORDER BY k")).all()
    print([tuple(r) for r in rows], rows[0].k, conn.execute(text("SELECT count(*) FROM kv")).scalar())
