# source: https://github.com/codenamewei/pydata-science-playground/blob/7e0930a8ead63c70e80beb2dcfc8292c1423dd85/notebooks/sqlalchemyops/1_connection_based_method.ipynb
# changes: the notebook's code cells joined into one script; the database URL (PostgreSQL, built from engine_config) -> 'sqlite://'
from sqlalchemy import create_engine

template_engine = "postgresql+psycopg://{db_username}:{db_password}@{db_host}:{db_port}"

engine_config = template_engine.format(
        db_username="a",
        db_password="b",
        db_host="c.cosqamqjez6h.ap-northeast-2.rds.amazonaws.com",
        db_port="5432",
        db_name="d")

engine = create_engine("sqlite://",
    echo=True
)


from sqlalchemy import text

with engine.connect() as conn:
    conn.execute(text("CREATE TABLE some_table (x int, y int)"))
    conn.execute(
        text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
        [{"x": 1, "y": 1}, {"x": 2, "y": 4}],
    )
    #conn.commit()

with engine.begin() as conn:
    conn.execute(
        text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
        [{"x": 6, "y": 8}, {"x": 9, "y": 10}],
    )
