# source: https://github.com/AllanSaleh/SQLAlchemy---Many-to-Many/blob/94bbddf41a6ecd3331d92f505790cb1d04717ce6/many_to_many.py
# changes: database file 'sqlite:///school.db' made 'sqlite://'
from sqlalchemy import create_engine, Integer, String, DateTime, Table, Column, ForeignKey
from sqlalchemy.orm import declarative_base, Mapped, mapped_column, relationship

engine = create_engine('sqlite://')

Base = declarative_base() #Will be inherited by all model classes, so they can behave as tables

student_course = Table( #Table Object
  "student_course",
  Base.metadata,
  Column("student_id", Integer, ForeignKey('students.id')),
  Column('course_id', Integer, ForeignKey('courses.id'))
)

class Students(Base):
  __tablename__ = "students"

  id: Mapped[int] = mapped_column(primary_key=True)
  first_name: Mapped[str] = mapped_column(String(80), nullable=False)
  last_name: Mapped[str] = mapped_column(String(80), nullable=False)
  parent_email: Mapped[str] = mapped_column(String(360), nullable=False)

  courses_students: Mapped[list['Courses']] = relationship("Courses", secondary=student_course, back_populates="students_courses")

class Courses(Base):
  __tablename__ = "courses"

  id: Mapped[int] = mapped_column(primary_key=True)
  title: Mapped[str] = mapped_column(String(250), nullable=False)
  instructor: Mapped[str] = mapped_column(String(250))

  students_courses: Mapped[list['Students']] = relationship('Students', secondary=student_course, back_populates='courses_students')

Base.metadata.create_all(bind=engine)
