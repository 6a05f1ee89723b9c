# source: the models of SQLAlchemy 2.0.52 doc/build/orm/inheritance.rst (single table inheritance); the session calls are ours
# Single-table inheritance, after the ORM inheritance docs: one table, a
# discriminator column, subclasses without __tablename__.
from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]

    __mapper_args__ = {
        "polymorphic_identity": "employee",
        "polymorphic_on": "type",
    }

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    manager_data: Mapped[str] = mapped_column(nullable=True)

    __mapper_args__ = {
        "polymorphic_identity": "manager",
    }


class Engineer(Employee):
    engineer_info: Mapped[str] = mapped_column(nullable=True)

    __mapper_args__ = {
        "polymorphic_identity": "engineer",
    }


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

with Session(engine) as session:
    m = Manager(name="mr krabs", manager_data="money")
    print(m.type)
    session.add_all([
        m,
        Engineer(name="spongebob", engineer_info="patties"),
        Employee(name="plankton"),
        Engineer(name="squidward", engineer_info="clarinet"),
    ])
    session.commit()

with Session(engine) as session:
    everyone = session.scalars(select(Employee).order_by(Employee.id)).all()
    print(everyone)
    print([type(e).__name__ for e in everyone])
    print(everyone[1].engineer_info)
    engineers = session.scalars(select(Engineer).order_by(Engineer.name)).all()
    print(engineers)
    print(session.get(Employee, 1))
    print(session.get(Engineer, 2))
    session.delete(everyone[0])
    everyone[1].engineer_info = "krabby patties"
    session.commit()
    print(session.scalars(select(Employee.name).order_by(Employee.id)).all())
    print(session.query(Manager).count(), session.query(Engineer).count())
