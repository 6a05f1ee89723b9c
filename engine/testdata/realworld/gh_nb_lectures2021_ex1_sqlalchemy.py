# source: https://github.com/201926180/lectures2021/blob/0e27792f73525f9c0fa63d85aad4782f8c0d373f/Week05/ex1_sqlalchemy.ipynb
# changes: the notebook's code cells joined into one script; a cell's last expression whose value the notebook displays is print()ed
# Uncomment for installing the SQL Alchemy library.
#!pip install sqlalchemy

# importing the library
import sqlalchemy
# checking the version - just for demonstration
print(sqlalchemy.__version__)

from sqlalchemy import create_engine
# creating the engine object
engine = create_engine("sqlite+pysqlite:///:memory:", echo=True, future=True)

from sqlalchemy import text

with engine.connect() as conn:
  result = conn.execute(text("select 'hello world'"))
  print(result.all())

# "commit as you go"
# we are creating a table and inserting some data, then commiting the changes to the database.
with engine.connect() as conn:
  conn.execute(text("CREATE TABLE some_table (x int, y int)"))
  conn.execute(
      text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
      [{"x": 1, "y": 1}, {"x": 2, "y": 4}]
      )
  conn.commit()

# "begin once"
# the connection block is implicitly treated as a transaction
with engine.begin() as conn:
  conn.execute(
      text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
      [{"x": 6, "y": 8}, {"x": 9, "y": 10}]
  )

with engine.connect() as conn:
  result = conn.execute(text("SELECT x, y FROM some_table"))
  for row in result:
    print(f"x: {row.x}  y: {row.y}")

# tuple assignment
with engine.connect() as conn:
  result = conn.execute(text("select x, y from some_table"))
  
  for x, y in result.fetchall():
    # illustrate use with Python f-strings
    print(f"x: {x}  y: {y}")

# integer index
with engine.connect() as conn:
  result = conn.execute(text("select x, y from some_table"))
  
  for row in result:
    x = row[0]
    print(f"x: {x}")

# attribute name
with engine.connect() as conn:
  result = conn.execute(text("select x, y from some_table"))
  
  for row in result:
    y = row.y
    print(f"Row: {row.x} {row.y}")

# mapping access
with engine.connect() as conn:
  result = conn.execute(text("select x, y from some_table"))
  
  for dict_row in result.mappings():
    x = dict_row['x']
    y = dict_row['y']
    print(f"x: {x}  y: {y}")

# example of parameterized query having only one parameter
with engine.connect() as conn:
  result = conn.execute(
      text("SELECT x, y FROM some_table WHERE y > :y"),
      {"y": 2} # dict containing the parameter to be passed to the query
  )
  
  for row in result:
    print(f"x: {row.x}  y: {row.y}")

# example of multi-parameterized query
with engine.connect() as conn:
  conn.execute(
      text("INSERT INTO some_table (x, y) VALUES (:x, :y)"),
      [{"x": 11, "y": 12}, {"x": 13, "y": 14}]  # list of dict to be iterated over during the query 
  )
  conn.commit()

# example of single parameterized query using the bindparams() construct
stmt = text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y").bindparams(y=6)

with engine.connect() as conn:
  result = conn.execute(stmt) # the SQL statement to be executed
  for row in result:
    print(f"x: {row.x}  y: {row.y}")

# importing the necessaty library / objects
from sqlalchemy.orm import Session

stmt = text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y").bindparams(y=6)
# replacing Connection by Session
with Session(engine) as session:
  result = session.execute(stmt)
  for row in result:
    print(f"x: {row.x}  y: {row.y}")

with Session(engine) as session:
  result = session.execute(
      text("UPDATE some_table SET y=:y WHERE x=:x"),
      [{"x": 9, "y":11}, {"x": 13, "y": 15}]
  )
  session.commit()
