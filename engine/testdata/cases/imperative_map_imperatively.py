# Classical mapping: plain classes mapped onto Core tables with
# registry.map_imperatively(), a relationship and a renamed column among the
# properties; the cascade behaves as it does for declarative classes.
from sqlalchemy import Table, Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import registry, relationship, Session

mapper_registry = registry()

user_table = Table(
    "user",
    mapper_registry.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
)
address_table = Table(
    "address",
    mapper_registry.metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("user.id", ondelete="CASCADE")),
    Column("email_address", String(50)),
)


class User:
    def __init__(self, name):
        self.name = name


class Address:
    pass


mapper_registry.map_imperatively(
    User,
    user_table,
    properties={
        "addresses": relationship(Address, backref="user", cascade="all, delete-orphan", order_by=address_table.c.id),
    },
)
mapper_registry.map_imperatively(Address, address_table, properties={"email": address_table.c.email_address})

engine = create_engine("sqlite://")
mapper_registry.metadata.create_all(engine)

with Session(engine) as session:
    u = User("ann")
    a1, a2 = Address(), Address()
    a1.email, a2.email = "a@x", "b@x"
    u.addresses = [a1, a2]
    session.add(u)
    session.add(User("bob"))
    session.commit()
    print(u.addresses[1].email, a1.user.name)
    session.delete(u)
    session.commit()
    print(session.scalars(select(Address)).all(), [x.name for x in session.scalars(select(User))])
