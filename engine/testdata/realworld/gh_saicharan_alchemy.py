# source: https://github.com/saicharanmalapati/Sql-Alchemy/blob/2c2fc6060e4ac783babfb07171041106f6270b70/alchemy.py
# changes: database URL 'sqlite:///foo.db' -> 'sqlite://'
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite://'
db = SQLAlchemy(app)
db.create_all()


class User(db.Model):
    __tablename__ = 'example1'
    id = db.Column('id', db.Integer, primary_key=True)
    data = db.Column('data', db.Unicode)
    email = db.Column('email', db.String)

    def __repr__(self):
        return '<User {}>'.format(self.data)
