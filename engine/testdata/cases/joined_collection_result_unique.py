# A result with a joined eager collection: first() and scalar() read one row without unique(), the other fetches raise InvalidRequestError; a ScalarResult has no fetchone() or scalar() (2.0.52)
from sqlalchemy import Column, Integer, ForeignKey, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session
Base = declarative_base()
class Other(Base):
    __tablename__ = "other"
    id = Column(Integer, primary_key=True)
    notes = relationship("Note", lazy="joined")
class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    other_id = Column(Integer, ForeignKey("other.id"))
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.add_all([Other(notes=[Note(), Note()])]); s.commit(); s.close()
for name in ["first", "scalar", "fetchone", "one", "all", "scalar_one", "one_or_none"]:
    for scalars in (False, True):
        r = s.execute(select(Other))
        if scalars:
            r = r.scalars()
        try:
            print(name, scalars, type(getattr(r, name)()).__name__)
        except Exception as ex:
            print(name, scalars, type(ex).__name__)
        s.close()
