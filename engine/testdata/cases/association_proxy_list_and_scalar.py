# association_proxy over a one-to-many list (append, extend, remove, ==, in, len, index, assignment) and over a many-to-one (read, and assignment creating the target)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
from sqlalchemy.ext.associationproxy import association_proxy
Base = declarative_base()
class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    name = Column(String(64))
    kw = relationship("Keyword", cascade="all, delete-orphan")
    keywords = association_proxy("kw", "keyword")
    def __init__(self, name):
        self.name = name
class Keyword(Base):
    __tablename__ = "keyword"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("user.id"))
    keyword = Column("keyword", String(64))
    user = relationship(User)
    owner_name = association_proxy("user", "name")
    def __init__(self, keyword):
        self.keyword = keyword
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    u = User("jek")
    u.keywords.append("cheese-inspector")
    u.keywords.extend(["a", "b"])
    s.add(u)
    s.commit()
    print(u.keywords, len(u.keywords), "a" in u.keywords, u.keywords == ["cheese-inspector", "a", "b"], u.keywords[1])
    u.keywords.remove("a")
    k = u.kw[0]
    print(k.owner_name, u.keywords)
    u.keywords = ["x"]
    s.commit()
    print(s.scalars(select(Keyword.keyword)).all())
    kk = Keyword("orphan")
    print(kk.owner_name)
    kk.owner_name = "new"
    print(kk.user.name)
