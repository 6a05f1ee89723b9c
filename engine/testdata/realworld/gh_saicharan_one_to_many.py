# source: https://github.com/saicharanmalapati/Sql-Alchemy/blob/2c2fc6060e4ac783babfb07171041106f6270b70/one_to_many.py
# changes: database URL 'sqlite:///foo.db' -> 'sqlite://'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy


app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'
db = SQLAlchemy(app)


class Person(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(30))
    pets = db.relationship('Pet', backref='owner')


class Pet(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(30))
    owner_id = db.Column(db.Integer, db.ForeignKey('person.id'))
