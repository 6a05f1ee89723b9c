# source: https://github.com/Ruslan-Skira/goit_web/blob/ee9244c5962f92ce53e62e1f066f5cbfa11aa1c0/module07/lesson01/code_from_lecture/create_01.py
# changes: none
from sqlalchemy import create_engine, Table, Column, Integer, String, ForeignKey
from sqlalchemy import MetaData
from sqlalchemy.sql import select


engine = create_engine('sqlite:///:memory:', echo=True)

metadata = MetaData()

users = Table('users', metadata,
              Column('id', Integer, primary_key=True),
              Column('name', String),
              Column('fullname', String),
              )

addresses = Table('addresses', metadata,
                  Column('id', Integer, primary_key=True),
                  Column('user_id', Integer, ForeignKey('users.id')),
                  Column('email_address', String, nullable=False)
                  )

metadata.create_all(engine)


with engine.connect() as conn:
    ins = users.insert().values(name='jack', fullname='Jack Jones')
    print(str(ins), '--'*8)
    result = conn.execute(ins)

    s = select(users)
    result = conn.execute(s)
    for row in result:
        print(row)  # (1, u'jack', u'Jack Jones')