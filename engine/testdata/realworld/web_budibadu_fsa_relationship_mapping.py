# source: https://budibadu.com/samplebadu/flask/sqlalchemy-relationship-mapping
# changes: the Flask app and db = SQLAlchemy(app) with 'sqlite://' added; the page's commented "Usage" lines run, in an app context after create_all
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50))
    # One-to-Many: One User has Many Posts
    # 'Post' is the name of the related class
    # backref creates a 'author' attribute on the Post model
    posts = db.relationship('Post', backref='author', lazy=True)
class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100))
    # Foreign Key links to User.id
    user_id = db.Column(db.Integer, db.ForeignKey('user.id'), nullable=False)

with app.app_context():
    db.create_all()
    # Usage:
    u = User(name='John')
    p1 = Post(title='My First Post', author=u)
    # Note: we can pass the user object to 'author' because of backref

    db.session.add(u)
    db.session.add(p1)
    db.session.commit()

    # Accessing relationships
    print([p.title for p in u.posts]) # Returns a list of Post objects
    print(p1.author.name) # Returns 'John'
