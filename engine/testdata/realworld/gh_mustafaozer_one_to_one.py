# source: https://github.com/MustafaOzer20/SQLAlchemy-ORM-Examples/blob/c19e2293e62a70e331a65a086e7b4212ad66ce3d: one_to_one/database.py, then one_to_one/models/users.py, then one_to_one/models/profile.py, then one_to_one/create_data.py, then one_to_one/main.py (run in that order)
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

class User(Base):
    __tablename__ = 'users'

    id = Column(Integer, primary_key=True)
    name = Column(String)

    # User ile Profile arasında one-to-one ilişki
    profile = relationship("Profile", uselist=False, back_populates="user")
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer, 
    String, 
    ForeignKey
)

class Profile(Base):
    __tablename__ = 'profiles'

    id = Column(Integer, primary_key=True)
    address = Column(String)
    user_id = Column(Integer, ForeignKey('users.id'))

    # Profile ile User arasında one-to-one ilişki
    user = relationship("User", back_populates="profile")



# create db or tables
Base.metadata.create_all(engine) 

session = Session()

# Kullanıcı ve profilleri oluştur
user1 = User(name='John')
profile1 = Profile(address='123 Main St', user=user1)

user2 = User(name='Alice')
profile2 = Profile(address='456 Elm St', user=user2)

# Oturuma ekle ve değişiklikleri kaydet
session.add_all([user1, profile1, user2, profile2])
session.commit()

# Oturumu kapat
session.close()


def profile_to_user():
    session = Session()
    
    profile_list = session.query(Profile).all()
    
    for profile in profile_list:
        print({
            "Username": profile.user.name,
            "Address": profile.address
        })

    session.close()


def user_to_profile():
    session = Session()
    
    user = session.query(User).filter_by(name='John').first()
    print({
        "Username": user.name,
        "Address": user.profile.address
    })

    session.close()


def main():
    profile_to_user()
    print(50*"-")
    user_to_profile()


if __name__ == "__main__":
    main()
