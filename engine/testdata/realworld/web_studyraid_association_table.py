# source: https://app.studyraid.com/en/read/11980/382342/association-tables-creation ("Starting Out")
# changes: an in-memory engine, create_all and a session enrolling two students in a course, then removing one, added (the page shows only the models)
from sqlalchemy import Table, Column, Integer, ForeignKey, String
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import relationship

Base = declarative_base()

student_course = Table('student_course', Base.metadata,
    Column('student_id', Integer, ForeignKey('students.id'), primary_key=True),
    Column('course_id', Integer, ForeignKey('courses.id'), primary_key=True)
)

class Student(Base):
    __tablename__ = 'students'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    courses = relationship('Course', secondary=student_course, back_populates='students')

class Course(Base):
    __tablename__ = 'courses'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    students = relationship('Student', secondary=student_course, back_populates='courses')

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    math = Course(title="Math")
    ann = Student(name="Ann", courses=[math])
    bob = Student(name="Bob", courses=[math])
    session.add_all([ann, bob])
    session.commit()
    print(sorted(s.name for s in math.students))
    session.delete(ann)
    session.commit()
    print([s.name for s in math.students], session.query(student_course).count())
