# A one-to-many to a joined subclass whose foreign key lives on the base
# table: loaded through the subclass's join, cascaded on delete.
from typing import List
from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    managers: Mapped[List["Manager"]] = relationship(back_populates="company", cascade="all, delete-orphan")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), nullable=True)
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str]
    company: Mapped[Company] = relationship(back_populates="managers")
    __mapper_args__ = {"polymorphic_identity": "manager"}


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    c = Company(name="c", managers=[Manager(name="m1", manager_name="a"), Manager(name="m2", manager_name="b")])
    s.add_all([c, Employee(name="e")])
    s.commit()
    print(c.managers, s.get(Manager, 2).company.name)
    s.delete(c)
    s.commit()
    print(s.scalars(select(Employee.name)).all())
