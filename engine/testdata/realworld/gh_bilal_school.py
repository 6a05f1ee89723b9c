# source: https://github.com/Bilal0335/learn-sqlalchemy/blob/e57ac9169749fd523f796c52fb377dabb8ec01c4/SCHOOL_MANAGEMENT_SYSTEM/insert_data.py
# changes: db.py, models/school_class.py and models/students.py (same folder) inlined in place of their imports, load_dotenv() and the .env's database URL replaced by "sqlite://"; the folder's main.py (it drops and makes the tables) run first

# ! ==============================
# !         1. db.py
# ! ==============================
import os
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy import create_engine


# Load environment variables from .env file
db_url = "sqlite://"
engine = create_engine(db_url,echo=True)

class Base(DeclarativeBase):
    pass
# ! ==============================
# !   2. models/school_class.py
# ! ==============================

from sqlalchemy.orm import Mapped,mapped_column,relationship
from sqlalchemy import String
from typing import TYPE_CHECKING
from typing import List

if TYPE_CHECKING:
    from .students import Student

class SchoolClass(Base):

    __tablename__ = "classes"

    id:Mapped[int] = mapped_column(primary_key=True)
    subject:Mapped[str] = mapped_column(String(50))

    students:Mapped[List["Student"]] = relationship(back_populates="school_class")

    def __repr__(self)->str:
        return f"Class(id={self.id}, subject='{self.subject}')"


# ! ==============================
# !   2. models/school_class.py
# ! ==============================

# models/student.py

from sqlalchemy import ForeignKey, String, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .school_class import SchoolClass

class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(primary_key=True)
    unique_id: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    father_name: Mapped[str] = mapped_column(String(50))
    age: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(100), unique=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))

    school_class: Mapped["SchoolClass"] = relationship(back_populates="students")

    def __repr__(self) -> str:
        return f"Student(id={self.id}, name={self.name}, email={self.email})"


# main.py
from sqlalchemy.orm import Session

# Create tables
# Create tables
Base.metadata.drop_all(engine)  # Drop all existing tables
Base.metadata.create_all(engine)  # Then recreate with updated schema


# Read and print
with Session(engine) as session:
    classes = session.query(SchoolClass).all()
    for cls in classes:
        print(cls)
        for student in cls.students:
            print("  →", student)

# insert_data.py
from sqlalchemy.orm import Session

with Session(engine) as session:
    # Create a new class
    cs_class = SchoolClass(subject="Computer Science")
    session.add(cs_class)
    session.flush()  # Makes cs_class.id available

    # List of students
    student_list = [
        Student(
            unique_id="STD-001",
            name="Ahmed Khan",
            father_name="Zafar Khan",
            age=21,
            address="123 Main St, Lahore",
            email="ahmed.khan@example.com",
            class_id=cs_class.id,
        ),
        Student(
            unique_id="STD-002",
            name="Sara Ali",
            father_name="Nadeem Ali",
            age=22,
            address="456 Park Rd, Karachi",
            email="sara.ali@example.com",
            class_id=cs_class.id,
        ),
        Student(
            unique_id="STD-003",
            name="Usman Tariq",
            father_name="Tariq Mehmood",
            age=20,
            address="789 Canal Rd, Faisalabad",
            email="usman.tariq@example.com",
            class_id=cs_class.id,
        ),
    ]

    # 👇 This part prevents duplicate insert
    for student in student_list:
        existing_student = session.query(Student).filter_by(unique_id=student.unique_id).first()
        if not existing_student:
            session.add(student)
        else:
            print(f"{student.unique_id} already exists, skipping.")

    session.commit()
