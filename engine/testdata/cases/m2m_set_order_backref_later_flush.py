# Association rows of a many-to-many: SQLAlchemy iterates the flushed objects in set order (by
# address, so it changes from run to run); this recording is a run in the order cascadelab takes.
from sqlalchemy import ForeignKey, Table, Column, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
class Base(DeclarativeBase):
    pass
link = Table("link", Base.metadata, Column("s_id", ForeignKey("student.id")), Column("c_id", ForeignKey("course.id")))
class Student(Base):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    courses: Mapped[list["Course"]] = relationship(secondary=link, backref="students")
class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    a, b, c = Student(name="a"), Student(name="b"), Student(name="c")
    m, p, h = Course(title="m"), Course(title="p"), Course(title="h")
    for x in (m, p, h, a, b, c):
        s.add(x)
    c.courses.append(h)
    a.courses.extend([p, m])
    b.courses.append(m)
    h.students.append(a)
    s.commit()
    print([(x.name, [y.title for y in x.courses]) for x in (a, b, c)])
    print([(y.title, [x.name for x in y.students]) for y in (m, p, h)])
    m.students.append(c)
    p.students.append(b)
    s.flush()
    print(s.execute(select(link)).all())
