# source: https://horiablog.com/post_details/many-to-many-relationship-in-flask
# changes: the Flask app and db = SQLAlchemy(app) with 'sqlite://' added; db.ForeignKey('') restored to 'post.id' and 'category.id' (the page's copy lost them); create_all in an app context, a post in one category, and the post's deletion added
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

categories = db.Table('categories',
                  db.Column('post_id', db.Integer, db.ForeignKey('post.id'), primary_key=True),
                  db.Column('category_id', db.Integer, db.ForeignKey('category.id'), primary_key=True))

class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    body = db.Column(db.String(250))
    categories = db.relationship('Category', secondary=categories,
                                  backref=db.backref('posts', lazy='subquery'))

class Category(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    category = db.Column(db.String(140))

def possible_categories():
    return Category.query.all()

with app.app_context():
    db.create_all()
    news = Category(category="news")
    db.session.add(news)
    db.session.commit()
    post = Post(body="hello", categories=possible_categories())
    db.session.add(post)
    db.session.commit()
    print([c.category for c in post.categories], len(news.posts))
    db.session.delete(post)
    db.session.commit()
    print(Category.query.count(), db.session.execute(db.select(categories)).all())
