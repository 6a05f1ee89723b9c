# source: https://github.com/SurendraTamang/sqlalchemy-examples/blob/0413165171d226db2718e4a65e499df4a475e907/orm/add_data.py
# changes: the folder's models.py inlined in place of `from models import Country` and run first as the author runs it (as __main__, it makes the table in countries.db); both otherwise as written
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy import create_engine,Column, Integer, String

# Creating the engine 
# It will create the database of restaurants, Enable echo will show the SQL queries
engine = create_engine('sqlite:///countries.db', echo=True)

class Base(DeclarativeBase):
    pass

class Country(Base):
    __tablename__ = "countries"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String, name="Name", unique=True)
    continent = Column(String, name="Continent")
    population = Column(Integer, name="Population")



if __name__ == '__main__':

    # Create all which is on Base
    #Base.metadata.drop_all(engine)

    # Creating all 
        Base.metadata.create_all(engine)

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

# Creating the engine 
# It will create the database of restaurants
engine = create_engine('sqlite:///countries.db')

with Session(engine) as session:
    country = Country(name="India", continent="Asia", population=1438054073 )
    session.add(country)
    session.commit()
    print("Added successfully")
