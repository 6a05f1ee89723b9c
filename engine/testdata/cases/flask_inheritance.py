# Flask-SQLAlchemy 3 names the tables of inheriting models: a subclass that
# declares a primary key gets a table of its own (joined-table inheritance),
# one that does not shares its parent's (single-table inheritance).
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)


class Account(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(50), nullable=False)
    kind = db.Column(db.String(20))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "account"}


class AdminAccount(Account):
    id = db.Column(db.Integer, db.ForeignKey("account.id"), primary_key=True)
    level = db.Column(db.Integer, default=1)
    __mapper_args__ = {"polymorphic_identity": "admin"}


class GuestAccount(Account):
    expires = db.Column(db.String(10))
    __mapper_args__ = {"polymorphic_identity": "guest"}


with app.app_context():
    db.create_all()
    print(sorted(db.metadata.tables), AdminAccount.__tablename__, GuestAccount.__table__.name)
    db.session.add_all([AdminAccount(email="root@x", level=9), GuestAccount(email="g@x", expires="never"), Account(email="a@x")])
    db.session.commit()
    accounts = Account.query.order_by(Account.id).all()
    print([(type(a).__name__, a.email) for a in accounts])
    print(GuestAccount.query.count(), db.session.get(AdminAccount, 1).level)
    db.session.delete(db.session.get(Account, 1))
    db.session.commit()
    print(db.session.execute(db.select(Account.email)).scalars().all())
