# A joined eager collection (also one below a joined many-to-one, not joined for leading back) puts a LIMIT, OFFSET, DISTINCT or GROUP BY on the parent alone in an anon_1 subquery, labeled table_column by Query and by name by select() (2.0.52)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session, joinedload, backref
Base = declarative_base()
class Other(Base):
    __tablename__ = "other"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    notes = relationship("Note", lazy="joined")
class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    other_id = Column(Integer, ForeignKey("other.id"))
e = create_engine("sqlite://")
Base.metadata.create_all(e)
s = Session(e)
s.add_all([Other(name="a", notes=[Note(), Note()]), Other(name="b", notes=[Note()])]); s.commit(); s.close()
print([(o.name, len(o.notes)) for o in s.query(Other).distinct().all()])
s.close()
print([(o.name, len(o.notes)) for o in s.query(Other).order_by(Other.name.desc()).limit(1)])
s.close()
print([(o.name, len(o.notes)) for o in s.query(Other).group_by(Other.id).all()])
s.close()
print([(o.name, len(o.notes)) for o in s.scalars(select(Other).distinct()).unique()])
s.close()
print([(o.name, len(o.notes)) for o in s.scalars(select(Other).order_by(Other.name.desc()).limit(1)).unique()])
s.close()
print([(o.name, len(o.notes)) for o in s.scalars(select(Other).where(Other.name != "x").offset(1)).unique()])

class Tag(Base):
    __tablename__ = 'tag'
    id = Column(Integer, primary_key=True)
    note_id = Column(Integer, ForeignKey('note.id'))
    note = relationship('Note', lazy='joined', backref=backref('tags', lazy='joined'))
Base.metadata.create_all(e)
s.add(Tag(note=s.scalars(select(Note)).first()))
s.commit(); s.close()
t = s.query(Tag).first()
print(t.id, len(t.note.tags))
