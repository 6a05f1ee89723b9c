# Bulk UPDATE with synchronize_session="evaluate" updates loaded objects in Python; bulk DELETE
# with "fetch" uses DELETE ... RETURNING; with False the loaded object keeps stale values.
from sqlalchemy import Column, Integer, String, create_engine, update, delete
from sqlalchemy.orm import Session, declarative_base
Base = declarative_base()
class Job(Base):
    __tablename__ = "job"
    id = Column(Integer, primary_key=True)
    state = Column(String(10))
    tries = Column(Integer, default=0)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Job(state="new"), Job(state="new"), Job(state="done")])
    s.commit()
    jobs = s.query(Job).order_by(Job.id).all()
    n = s.query(Job).filter(Job.state == "new").update({Job.state: "run"}, synchronize_session="evaluate")
    print(n, [j.state for j in jobs])
    r = s.execute(update(Job).where(Job.id > 2).values(tries=5))
    print(r.rowcount, jobs[2].tries)
    n = s.query(Job).filter(Job.state == "run").delete(synchronize_session="fetch")
    print(n, [j in s for j in jobs])
    s.execute(delete(Job).where(Job.id == 3).execution_options(synchronize_session=False))
    print(jobs[2] in s, jobs[2].state)
    s.commit()
    print(s.query(Job).count())
