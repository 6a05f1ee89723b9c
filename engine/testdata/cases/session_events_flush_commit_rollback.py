# Session events: before_flush adding an object flushed with the others,
# a mapper event changing another object (reset after the flush, not
# flushed), after_flush seeing the session as it was, before_/after_commit,
# after_rollback
from sqlalchemy import create_engine, event, ForeignKey, text, select
from sqlalchemy.orm import DeclarativeBase, Session, relationship, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    balance: Mapped[int] = mapped_column(default=0)
    log_count: Mapped[int] = mapped_column(default=0)


class Entry(Base):
    __tablename__ = "entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    amount: Mapped[int]
    account_id = mapped_column(ForeignKey("account.id"))
    account = relationship(Account)


@event.listens_for(Entry, "before_insert")
def touch_other(mapper, connection, target):
    # modifying ANOTHER object inside the flush: not part of this flush
    target.account.log_count = (target.account.log_count or 0) + 1
    print("before_insert entry", target.amount, connection.scalar(text("SELECT count(*) FROM entry")))


@event.listens_for(Entry, "after_insert")
def after_entry(mapper, connection, target):
    connection.execute(
        Account.__table__.update().where(Account.__table__.c.id == target.account_id).values(balance=Account.__table__.c.balance + target.amount)
    )
    print("after_insert entry", target.id)


@event.listens_for(Session, "before_flush")
def bf(session, ctx, instances):
    print("before_flush", len(session.new), len(session.dirty), len(session.deleted))
    for obj in list(session.new):
        if isinstance(obj, Entry) and obj.amount > 100:
            session.add(Entry(amount=1, account=obj.account))


@event.listens_for(Session, "after_flush")
def af(session, ctx):
    print("after_flush", len(session.new), len(session.dirty), len(session.deleted), [type(o).__name__ for o in session.new])


@event.listens_for(Session, "after_flush_postexec")
def afp(session, ctx):
    print("after_flush_postexec", len(session.new), len(session.dirty))


@event.listens_for(Session, "before_commit")
def bc(session):
    print("before_commit", len(session.new))


@event.listens_for(Session, "after_commit")
def ac(session):
    print("after_commit")


@event.listens_for(Session, "after_rollback")
def ar(session):
    print("after_rollback")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as s:
    a = Account()
    s.add(a)
    s.commit()
    s.add(Entry(amount=5, account=a))
    s.add(Entry(amount=500, account=a))
    s.commit()
    print(a.balance, a.log_count)
    s.add(Entry(amount=7, account=a))
    s.flush()
    print(a in s.dirty, a.log_count)
    s.rollback()
    print(a.balance, a.log_count)
print(engine.connect().execute(select(Account.balance, Account.log_count)).all())
