# source: https://readmex.com/en-US/pallets-eco/flask-sqlalchemy/page-5.299b76556-6c33-4420-ad61-efcabc8112b5 ("Session-Based Execution")
# changes: database URL 'sqlite:///example.sqlite' -> 'sqlite://'; the page's flattened code re-indented (everything after create_all inside the app context, as it must run); the example ends where the page's copy is cut off, with the if printing the user
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy import select # Import select

# Application and SQLAlchemy setup
app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"

class Base(DeclarativeBase):
    pass

db = SQLAlchemy(app, model_class=Base)

# Define a model
class User(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(unique=True)
    email: Mapped[str | None]

# Create tables
with app.app_context():
    db.create_all()

    # Example: Add a new user
    new_user = User(username="john_doe", email="john.doe@example.com")
    db.session.add(new_user)
    db.session.commit()

    # Querying data using SQLAlchemy 2.0 style
    # Select all users
    stmt_all_users = select(User)
    all_users_result = db.session.execute(stmt_all_users)
    all_users = all_users_result.scalars().all() # Get list of User objects
    for user in all_users:
        print(f"User ID: {user.id}, Username: {user.username}, Email: {user.email}")

    # Select a user by username
    stmt_specific_user = select(User).where(User.username == "john_doe")
    specific_user_result = db.session.execute(stmt_specific_user)
    specific_user = specific_user_result.scalar_one_or_none() # Get a single User object or None
    if specific_user:
        print(f"Found user: {specific_user.username}")
