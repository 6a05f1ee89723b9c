# source: https://cdouglas.xyz/blog/blog-tags-with-flask-and-flask-sqlalchemy
# changes: the Flask app and db = SQLAlchemy(app) with 'sqlite://' added; the "...." placeholders in Post dropped and a title column added; create_all in an app context and a post with two tags, the first one removed, added
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

tags = db.Table('tags',
    db.Column('tag_id', db.Integer, db.ForeignKey('tag.id'), primary_key=True),
    db.Column('post_id', db.Integer, db.ForeignKey('post.id'), primary_key=True)
)

class Post(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(100))
    tags = db.relationship('Tag', secondary=tags, lazy='subquery', backref=db.backref('posts', lazy=True))

class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    text = db.Column(db.String(64), index=True, unique=True, nullable=False)

    def __eq__(self, other):
        if isinstance(other, Tag):
            return self.text == other.text
        elif isinstance(other, str):
            return self.text == other
        else:
            raise TypeError('equality comparison must be with type str or Tag')

    def __str__(self):
        return self.text

    def __repr__(self):
        return f'<Tag {self.text}>'

with app.app_context():
    db.create_all()
    post = Post(title="hello")
    post.tags.append(Tag(text="python"))
    db.session.add(post)
    db.session.commit()
    post.tags.append(Tag(text="flask"))
    db.session.commit()
    print(post.tags)
    post.tags.remove(post.tags[0])
    db.session.commit()
    print(Post.query.first().tags, Tag.query.count())
