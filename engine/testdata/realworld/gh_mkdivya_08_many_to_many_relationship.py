# source: https://github.com/mkdivya/learn-sqlalchemy-orm/blob/8035b8137b9aee102e5e8adcbb32f15753ca1421/08_many_to_many_relationship/app.py
# changes: models.py (same folder) inlined in place of `from models import Student, Course, session`; database URL 'sqlite:///relationship3.db' -> 'sqlite://'
from sqlalchemy import Column,Integer,String,ForeignKey,Table,create_engine
from sqlalchemy.orm import declarative_base,relationship,sessionmaker

Base = declarative_base()

# Association table for many-to-many relationship between Student and Course
student_course = Table(
        'student_course',
        Base.metadata,
        Column('student_id', Integer, ForeignKey('students.id')),
        Column('course_id', Integer, ForeignKey('courses.id'))
)

class Student(Base):
        __tablename__ = 'students'
        id = Column(Integer,primary_key=True)
        name = Column(String)

        courses = relationship('Course', secondary=student_course, back_populates='students')

class Course(Base):
        __tablename__ = 'courses'
        id = Column(Integer,primary_key=True)
        title = Column(String)

        students = relationship('Student', secondary=student_course, back_populates='courses')

# Database setup
engine = create_engine('sqlite://')

Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
# 1️⃣ Create students
alice = Student(name="Alice")
bob = Student(name="Bob")

# 2️⃣ Create courses
math = Course(title="Math")
physics = Course(title="Physics")

# 3️⃣ Enroll students in courses
alice.courses = [math, physics]  # Alice takes Math and Physics
bob.courses = [physics]          # Bob takes Physics

# 4️⃣ Add to session and commit
session.add_all([alice, bob])
session.commit()

# ✅ Check relationships
print(f"Alice's courses: {[c.title for c in alice.courses]}")
print(f"Bob's courses: {[c.title for c in bob.courses]}")
print(f"Students in Physics: {[s.name for s in physics.students]}")
