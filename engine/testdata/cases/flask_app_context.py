# Flask-SQLAlchemy 3: the engine and the session exist only inside an application context (with
# app.app_context(), or push()); the context's end removes the session; outside one, RuntimeError.
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)


class Note(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(20))


with app.app_context():
    db.create_all()
    n = Note(text="a")
    db.session.add(n)
    db.session.commit()
    print(n in db.session)
ctx = app.app_context()
ctx.push()
print(n in db.session, db.session.get(Note, 1).text)
ctx.pop()
db.session.add(Note(text="outside"))
