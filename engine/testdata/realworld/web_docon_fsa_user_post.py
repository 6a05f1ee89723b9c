# source: https://docon.top/topics/flask-Flask-SQLAlchemy ("Reference")
# changes: the Flask app, db = SQLAlchemy(app) with 'sqlite://', the missing ) closing user_id's Column, create_all in an app context and a user with two posts, one deleted through the user, added (the page shows only the models)
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80))
    email = db.Column(db.String(120), unique=True)
    posts = db.relationship('Post', backref='user')

class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    content = db.Column(db.Text)
    user_id = db.Column(db.Integer, db.ForeignKey('user.id'))

with app.app_context():
    db.create_all()
    u = User(name="ann", email="ann@example.com")
    u.posts.append(Post(content="first"))
    u.posts.append(Post(content="second"))
    db.session.add(u)
    db.session.commit()
    print(Post.query.filter_by(user=u).count())
    db.session.delete(u)
    db.session.commit()
    print([(p.content, p.user_id) for p in Post.query.all()])
