# Table.update(), Table.delete() and Table.select() as update(table), delete(table) and select(table) (2.0.52)
from sqlalchemy import Table, Column, Integer, String, MetaData, create_engine, select
m = MetaData()
users = Table('users', m, Column('id', Integer, primary_key=True), Column('name', String))
e = create_engine('sqlite://')
m.create_all(e)
with e.begin() as conn:
    conn.execute(users.insert(), [{'name': 'a'}, {'name': 'b'}, {'name': 'c'}])
    conn.execute(users.update().where(users.c.id == 2).values(name='B'))
    conn.execute(users.delete().where(users.c.name == 'a'))
    print(users.select())
    print(conn.execute(users.select().order_by(users.c.id)).all())
    print(users.delete().where(users.c.id == 3))
