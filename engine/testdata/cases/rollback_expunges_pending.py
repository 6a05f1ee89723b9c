from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, sessionmaker, declarative_base
Base = declarative_base()
# Objects flushed and then rolled back become transient again; an object deleted in the
# rolled back transaction comes back.
class Doc(Base):
    __tablename__ = "doc"
    id = Column(Integer, primary_key=True)
    title = Column(String(10))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
s = sessionmaker(bind=engine)()
keep = Doc(title="keep")
s.add(keep)
s.commit()
new = Doc(title="new")
s.add(new)
s.delete(keep)
s.flush()
print(new in s, keep in s)
s.rollback()
print(new in s, keep in s, keep.title)
print(s.query(Doc).count())
