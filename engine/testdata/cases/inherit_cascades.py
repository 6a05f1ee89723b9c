# Cascades through mapped class inheritance: a relationship declared on the
# base class deletes the children of a subclass object, a relationship on a
# subclass is loaded for objects a query of the base returned, three levels
# of joined tables, and the children's many-to-one to a subclass.
from typing import List, Optional
from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]
    tasks: Mapped[List["Task"]] = relationship(back_populates="owner", cascade="all, delete-orphan")

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    budget: Mapped[int]
    reports: Mapped[List["Report"]] = relationship(back_populates="manager", cascade="all, delete-orphan")

    __mapper_args__ = {"polymorphic_identity": "manager"}


class Director(Manager):
    __tablename__ = "director"
    id: Mapped[int] = mapped_column(ForeignKey("manager.id"), primary_key=True)
    floor: Mapped[int]

    __mapper_args__ = {"polymorphic_identity": "director"}


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    owner_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    owner: Mapped[Employee] = relationship(back_populates="tasks")

    def __repr__(self):
        return f"Task({self.title})"


class Report(Base):
    __tablename__ = "report"
    id: Mapped[int] = mapped_column(primary_key=True)
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("manager.id"))
    manager: Mapped[Optional[Manager]] = relationship(back_populates="reports")

    def __repr__(self):
        return f"Report({self.id})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

with Session(engine) as session:
    d = Director(name="dora", budget=10, floor=3, tasks=[Task(title="plan")], reports=[Report(), Report()])
    m = Manager(name="max", budget=5, tasks=[Task(title="hire"), Task(title="fire")], reports=[Report()])
    e = Employee(name="eve", tasks=[Task(title="code")])
    session.add_all([d, m, e])
    session.commit()
    print(d.floor, d.budget, d.kind, m.kind)

with Session(engine) as session:
    print(session.get(Manager, 1), session.get(Director, 2))
    print(session.get(Employee, 3))
    people = session.scalars(select(Employee).order_by(Employee.name)).all()
    print(people)
    dora = people[0]
    print(dora.reports, dora.tasks)
    print(session.scalars(select(Report).order_by(Report.id)).all()[0].manager)
    session.delete(dora)
    session.flush()
    print(session.scalars(select(Task.title).order_by(Task.id)).all())
    mx = session.scalars(select(Manager).where(Manager.budget == 5)).one()
    mx.reports[0].manager = None
    mx.budget = 6
    session.commit()
    print(mx.budget, session.scalars(select(Report)).all())
    session.delete(mx)
    session.commit()
    print(session.scalars(select(Employee)).all(), session.scalars(select(Task)).all())
