# source: https://github.com/MustafaOzer20/SQLAlchemy-ORM-Examples/blob/c19e2293e62a70e331a65a086e7b4212ad66ce3d: one_to_many/database.py, then one_to_many/models/departments.py, then one_to_many/models/employees.py, then one_to_many/create_data.py, then one_to_many/main.py (run in that order)
# changes: the database URL made "sqlite://"; the repository's own modules inlined in import order, their imports of each other dropped, and the scripts run one after the other in one process (the later reading what the earlier wrote)
from sqlalchemy import create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker

# SQLite veritabanı motorunu oluşturuyoruz
engine = create_engine('sqlite://')# create_engine('sqlite:///db.sqlite3', echo=True)

# Oturum oluşturucuyu tanımlıyoruz
Session = sessionmaker(bind=engine)

# SQLAlchemy'nin Base sınıfını kullanarak tablolarımızı temsil edecek Base sınıfını tanımlıyoruz.
Base = declarative_base()
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer, 
    String
)

class Department(Base):
    __tablename__ = 'departments'

    id = Column(Integer, primary_key=True)
    name = Column(String)

    # Department ile Employee arasında one-to-many ilişki
    employees = relationship("Employee", back_populates="department")
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer, 
    String,
    ForeignKey
)

class Employee(Base):
    __tablename__ = 'employees'

    id = Column(Integer, primary_key=True)
    name = Column(String)
    department_id = Column(Integer, ForeignKey('departments.id'))

    # Department ile Employee arasında one-to-many ilişki
    department = relationship("Department", back_populates="employees")



Base.metadata.create_all(engine)

# Oturumu oluştur
session = Session()

# Departmanlar ve çalışanları oluştur
hr_department = Department(name='Human Resources')
it_department = Department(name='Information Technology')

employee1 = Employee(name='John', department=hr_department)
employee2 = Employee(name='Alice', department=it_department)
employee3 = Employee(name='Bob', department=it_department)

# Oturuma ekle ve değişiklikleri kaydet
session.add_all([hr_department, it_department, employee1, employee2, employee3])
session.commit()

# Oturumu kapat
session.close()


def department_to_employee():
    session = Session()
    
    it_department = session.query(Department).filter_by(name='Information Technology').first()
    it_employees = it_department.employees
    for employee in it_employees:
        print({
            "Department": "IT",
            "Employee": employee.name
        })

    session.close()


def employee_to_department():
    session = Session()
    
    employees = session.query(Employee).all()
    for employee in employees:
        print({
            "Department": employee.department.name,
            "Employee": employee.name
        })

    session.close()


def main():
    department_to_employee()
    print(50*"-")
    employee_to_department()


if __name__ == "__main__":
    main()
