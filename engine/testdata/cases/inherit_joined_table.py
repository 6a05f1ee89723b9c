# source: the models of SQLAlchemy 2.0.52 doc/build/orm/queryguide/_inheritance_setup.rst; the session calls are ours
# Joined-table inheritance with relationships on the base and on a subclass:
# the company's cascade reaches the managers' paperwork through the subclass.
from typing import List
from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    employees: Mapped[List["Employee"]] = relationship(back_populates="company", cascade="all, delete-orphan")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company] = relationship(back_populates="employees")

    __mapper_args__ = {
        "polymorphic_identity": "employee",
        "polymorphic_on": "type",
    }

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str]
    paperwork: Mapped[List["Paperwork"]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {
        "polymorphic_identity": "manager",
    }


class Paperwork(Base):
    __tablename__ = "paperwork"
    id: Mapped[int] = mapped_column(primary_key=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("manager.id"))
    document_name: Mapped[str]

    def __repr__(self):
        return f"Paperwork({self.document_name!r})"


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    engineer_info: Mapped[str]

    __mapper_args__ = {
        "polymorphic_identity": "engineer",
    }


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

with Session(engine) as session:
    krabs = Manager(name="Mr. Krabs", manager_name="Eugene H. Krabs",
                    paperwork=[Paperwork(document_name="Secret Recipes"),
                               Paperwork(document_name="Krabby Patty Orders")])
    session.add(Company(name="Krusty Krab", employees=[
        krabs,
        Engineer(name="SpongeBob", engineer_info="Krabby Patty Master"),
        Engineer(name="Squidward", engineer_info="Senior Customer Engagement Engineer"),
        Employee(name="Pearl"),
    ]))
    session.add(Company(name="Chum Bucket", employees=[Manager(name="Plankton", manager_name="Sheldon")]))
    session.commit()
    print(krabs.id, krabs.type)

with Session(engine) as session:
    managers = session.scalars(select(Manager).order_by(Manager.id)).all()
    print(managers, [m.manager_name for m in managers])
    print(managers[0].paperwork)

with Session(engine) as session:
    everyone = session.scalars(select(Employee).order_by(Employee.id)).all()
    print(everyone)
    print(everyone[0].manager_name, everyone[1].engineer_info)
    print(session.scalars(select(Engineer).where(Engineer.engineer_info == "Krabby Patty Master")).all())
    print(session.get(Employee, 2), session.get(Manager, 5))
    everyone[1].engineer_info = "fry cook"
    everyone[1].name = "Bob"
    session.flush()
    session.delete(everyone[0])
    session.flush()
    print(session.scalars(select(Paperwork)).all())
    company = session.get(Company, 1)
    print(company.employees)
    session.delete(company)
    session.commit()
    print(session.scalars(select(Employee)).all())
