# source: https://blog.poespas.me/posts/2024/05/30/flask-sqlalchemy-cascading-deletes
# changes: database URL 'sqlite:///example.db' -> 'sqlite://'; the page's models.py inlined (its "from yourapplication import db" dropped); create_all run in an app context (as Flask-SQLAlchemy 3 requires) and the view called there on a user with two orders, with the rows print()ed
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db = SQLAlchemy(app)

class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    orders = db.relationship("Order", backref="user")
class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"))

@app.route("/delete_user/<int:user_id>", methods=["POST"])
def delete_user(user_id):
    user = User.query.get(user_id)
    if user:
        db.session.delete(user)
        db.session.commit()
    return "User deleted successfully!"

with app.app_context():
    db.create_all()
    db.session.add(User(orders=[Order(), Order()]))
    db.session.commit()
    print(delete_user(1))
    print(db.session.execute(db.select(Order.id, Order.user_id)).all())
