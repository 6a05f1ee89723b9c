# CreateTable(table).compile() for SQLite (an engine or dialect=sqlite.dialect()): the DDL create_all runs, a line per column; a statement compiled for sqlite.dialect()
from sqlalchemy import create_engine, select, Column, Integer, String, MetaData, Table, ForeignKey
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable
m = MetaData()
t = Table("t", m, Column("id", Integer, primary_key=True), Column("n", Integer, nullable=False), Column("s", String(5), unique=True))
u = Table("u", m, Column("id", Integer, primary_key=True), Column("t_id", ForeignKey("t.id", ondelete="CASCADE")))
print(CreateTable(t).compile(dialect=sqlite.dialect()))
e = create_engine("sqlite://")
print(CreateTable(u).compile(e))
c = select(t).where(t.c.n == 5).compile(dialect=sqlite.dialect())
print(c, c.params)
