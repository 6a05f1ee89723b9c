# Flask-SQLAlchemy: db.Table(name, *columns) takes db.metadata itself, and a
# db.Model class maps it with __table__; mysql_engine="InnoDB" rides along.
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

parent = db.Table(
    "parent",
    db.Column("id", db.Integer, primary_key=True),
    db.Column("name", db.String(20)),
    mysql_engine="InnoDB",
)
child = db.Table(
    "child",
    db.Column("id", db.Integer, primary_key=True),
    db.Column("parent_id", db.Integer, db.ForeignKey("parent.id", ondelete="CASCADE")),
    mysql_engine="InnoDB",
)


class Parent(db.Model):
    __table__ = parent
    children = db.relationship("Child", backref="parent", cascade="all, delete")


class Child(db.Model):
    __table__ = child


with app.app_context():
    db.create_all()
    p = Parent(name="p", children=[Child(), Child()])
    db.session.add(p)
    db.session.commit()
    db.session.delete(p)
    db.session.commit()
    print(Child.query.count(), Parent.query.count())
