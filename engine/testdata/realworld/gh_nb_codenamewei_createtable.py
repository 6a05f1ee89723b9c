# source: https://github.com/codenamewei/pydata-science-playground/blob/7e0930a8ead63c70e80beb2dcfc8292c1423dd85/notebooks/sqlalchemyops/1.0-ish/createtable.ipynb
# changes: the notebook's code cells joined into one script; the database URL (PostgreSQL, built from engine_config) -> 'sqlite://'
from sqlalchemy import create_engine

template_engine = "postgresql+psycopg://{db_username}:{db_password}@{db_host}:{db_port}"

engine_config = template_engine.format(
        db_username="123",
        db_password="123",
        db_host="dummy.cosqamqjez6h.ap-northeast-2.rds.amazonaws.com",
        db_port="5432",
        db_name="students")

# create database engine
engine = create_engine("sqlite://",
    echo=True
)

connection = engine.connect()

from sqlalchemy import Table, Column, Integer, String, MetaData
meta = MetaData()

students = Table(
   'students', meta, 
   Column('id', Integer, primary_key = True), 
   Column('name', String), 
   Column('lastname', String), 
)

meta.create_all(engine)
