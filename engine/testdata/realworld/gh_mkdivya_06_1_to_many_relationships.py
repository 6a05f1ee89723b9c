# source: https://github.com/mkdivya/learn-sqlalchemy-orm/blob/8035b8137b9aee102e5e8adcbb32f15753ca1421/06_1_to_Many_Relationships/app.py
# changes: models.py (same folder) inlined in place of `from models import engine, User, Post`; database URL 'sqlite:///relationship1.db' -> 'sqlite://'
from sqlalchemy.orm import sessionmaker
from sqlalchemy import create_engine,Column,Integer,String,ForeignKey
#(for non-mapped)
# from sqlalchemy.orm import declarative_base,relationship 
from sqlalchemy.orm import DeclarativeBase, mapped_column, Mapped, relationship

db_url = "sqlite://"
engine = create_engine(db_url)

#(for non-mapped)
# Base = declarative_base() 

#for mapped

class Base(DeclarativeBase):
        pass


#User model for non-mapped

class User(Base):
        __tablename__ = "users"
        id = Column(Integer,primary_key=True)
        name = Column(String)
        age = Column(Integer)

        #one to many relationship
        posts = relationship("Post",back_populates="user")

        def __repr__(self) -> str:
                return f"<User id:{self.id} name:{self.name} age:{self.age}>"

#User model for mapped
class User(Base):
        __tablename__ = "users"
        id:Mapped[int]=mapped_column(primary_key = True)
        name = Mapped[str]
        age = Mapped[int]

        #1 to many relationship
        posts : Mapped[list["Post"]]=relationship(back_populates="user",cascade="all, delete")

        def __repr__(self) -> str:
                return f"<User id:{self.id} name:{self.name} age:{self.age}>"

        
#Post model for non-mapped

class Post(Base):
        __tablename__ = "posts"
        id = Column(Integer,primary_key=True)
        title = Column(String)
        user_id = Column(Integer,ForeignKey("users.id"))

        #referece back to the user
        user = relationship("User",back_populates="posts")

        def __repr__(self) -> str:
                return f"<Post id:{self.id} title:{self.title} user_id:{self.user_id}>"


#Post model for mapped

class Post(Base):
        __tablename__= "posts"
        id:Mapped[int]=mapped_column(primary_key=True)
        title:Mapped[str]
        user_id:Mapped[int]=mapped_column(ForeignKey("users.id"))

        user :Mapped["User"]=relationship(back_populates="posts")

        def __repr__(self) -> str:
                return f"<Post id:{self.id} title:{self.title} user_id:{self.user_id}>"
        
Base.metadata.create_all(engine)

# Create a session
Session = sessionmaker(bind=engine)
session = Session()

# Check if the user already exists
user = session.query(User).filter_by(name="Charlie").first()

# If user doesn't exist, create one
if not user:
    new_user = User(name="Charlie", age=28)
    new_user.posts = [
        Post(title="Mapped Post 1"),
        Post(title="Mapped Post 2")
    ]
    session.add(new_user)
    session.commit()
    user = new_user  # assign newly created user

# Display user info
print(f"User: {user.name}, Age: {user.age}")

# Display posts
for post in user.posts:
    print(f"- Post: {post.title}")
