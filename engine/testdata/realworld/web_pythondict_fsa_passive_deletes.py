# source: https://pythondict.com/tag/python-articles/page/74/ (answer "TL;DR ... ondelete='CASCADE' ... passive_deletes=True", option b)
# changes: the Flask app, db = SQLAlchemy(app) with 'sqlite://', the Parent and Child models around the answer's two lines, create_all in an app context and a parent with two children deleted added
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import backref

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

class Parent(db.Model):
    id = db.Column(db.Integer, primary_key=True)

class Child(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    parent_id = db.Column(db.Integer, db.ForeignKey('parent.id', ondelete='CASCADE'))
    parent = db.relationship('Parent', backref=backref('children', passive_deletes=True))

with app.app_context():
    db.create_all()
    p = Parent(children=[Child(), Child()])
    db.session.add(p)
    db.session.commit()
    db.session.delete(p)
    db.session.commit()
    print(db.session.execute(db.select(Child.id, Child.parent_id)).all())
