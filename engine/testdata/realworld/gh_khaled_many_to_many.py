# source: https://github.com/khaled-hossain-code/sql_alchemy/blob/77ae62a4262c46bebe20ab00ae803b3fab86daf9/many_to_many.py
# changes: database URL 'mysql+pymysql://root:...@0.0.0.0/alchemy_tutorial' made 'sqlite://'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'
db = SQLAlchemy(app)

subs = db.Table('subs',
  db.Column('user_id', db.Integer, db.ForeignKey('users.id'), primary_key=True),
  db.Column('channel_id', db.Integer, db.ForeignKey('channels.id'), primary_key=True)
)

class Users(db.Model):
  id = db.Column(db.Integer, primary_key=True)
  name = db.Column(db.String(20))
  subscriptions = db.relationship('Channels', secondary=subs, backref=db.backref('subscribers', lazy='dynamic'))

class Channels(db.Model):
  id = db.Column(db.Integer, primary_key=True)
  name = db.Column(db.String(20))
