# UniqueConstraint(name=...) and ForeignKey(name=...) are written into
# CREATE TABLE as CONSTRAINT name ...
from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint, create_engine
from sqlalchemy.orm import declarative_base
Base = declarative_base()
class P(Base):
    __tablename__ = "p"
    id = Column(Integer, primary_key=True)
    a = Column(Integer)
    __table_args__ = (UniqueConstraint("id", "a", name="uq_pa"),)
class C(Base):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)
    p_id = Column(Integer, ForeignKey("p.id", name="fk_c_p", ondelete="CASCADE"))
Base.metadata.create_all(create_engine("sqlite://"))
