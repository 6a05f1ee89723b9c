# source: https://mortalapps.com/python/databases/querying-with-select/ ("What Does This Print?")
# changes: the flattened code re-indented
from sqlalchemy import create_engine, select, ForeignKey, Column, Integer, String
from sqlalchemy.orm import declarative_base, relationship, sessionmaker
Base = declarative_base()
class Company(Base):
    __tablename__ = 'companies'
    id = Column(Integer, primary_key=True)
    name = Column(String)
class Employee(Base):
    __tablename__ = 'employees'
    id = Column(Integer, primary_key=True)
    company_id = Column(Integer, ForeignKey('companies.id'))
    name = Column(String)
    company = relationship("Company")
engine = create_engine('sqlite:///:memory:')
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
c = Company(name="TechCorp")
session.add_all([c, Employee(name="Dave", company=c)])
session.commit()
# Execute select query using modern 2.0 pattern
stmt = select(Employee).join(Company).where(Company.name == "TechCorp")
results = session.execute(stmt)
for row in results:
    try:
        print(f"Employee name: {row.name}")
    except AttributeError as e:
        print(f"Failed: {e} (Type of row: {type(row)})")
