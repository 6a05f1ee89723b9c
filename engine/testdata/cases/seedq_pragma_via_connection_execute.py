# ondelete="CASCADE" + passive_deletes=True with the PRAGMA issued through
# dbapi_connection.execute in an event.listen on this engine: one DELETE, SQLite does the rest.
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, event, text
from sqlalchemy.orm import relationship, Session, declarative_base
Base = declarative_base()
class Album(Base):
    __tablename__ = "album"
    id = Column(Integer, primary_key=True)
    title = Column(String(20))
    tracks = relationship("Track", cascade="all, delete", passive_deletes=True)
class Track(Base):
    __tablename__ = "track"
    id = Column(Integer, primary_key=True)
    album_id = Column(Integer, ForeignKey("album.id", ondelete="CASCADE"))
def on_connect(dbapi_connection, record):
    dbapi_connection.execute("PRAGMA foreign_keys=ON")
engine = create_engine("sqlite://")
event.listen(engine, "connect", on_connect)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Album(title="x", tracks=[Track(), Track()]), Album(title="y", tracks=[Track()])])
    s.commit()
with Session(engine) as s:
    s.delete(s.get(Album, 1))
    s.commit()
    print("tracks: %s" % s.execute(text("SELECT id, album_id FROM track")).all())
