# automap's naming hooks, after its documentation (without re): class names
# camel-cased from the tables, collections named after the class in the plural.
from sqlalchemy import create_engine, text, select
from sqlalchemy.ext.automap import automap_base
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE blog_user (id INTEGER PRIMARY KEY, name TEXT)"))
    conn.execute(text(
        "CREATE TABLE blog_post (id INTEGER PRIMARY KEY, title TEXT, author_id INTEGER NOT NULL, "
        "FOREIGN KEY(author_id) REFERENCES blog_user (id))"))
    conn.execute(text("INSERT INTO blog_user VALUES (1, 'ann'), (2, 'bob')"))
    conn.execute(text("INSERT INTO blog_post VALUES (1, 'x', 1), (2, 'y', 1), (3, 'z', 2)"))


def camelize_classname(base, tablename, table):
    return "".join(part.capitalize() for part in tablename.split("_"))


def pluralize_collection(base, local_cls, referred_cls, constraint):
    name = referred_cls.__name__
    return "".join("_" + c.lower() if c.isupper() else c for c in name)[1:] + "s"


def scalar_name(base, local_cls, referred_cls, constraint):
    return "the_" + referred_cls.__name__.lower()


Base = automap_base()
Base.prepare(
    autoload_with=engine,
    classname_for_table=camelize_classname,
    name_for_collection_relationship=pluralize_collection,
    name_for_scalar_relationship=scalar_name,
)
print(sorted(Base.classes.keys()))
User, Post = Base.classes.BlogUser, Base.classes.BlogPost
with Session(engine) as session:
    u = session.get(User, 1)
    post = session.get(Post, 3)
    print(sorted(p.title for p in u.blog_posts), post.the_bloguser.name)
    u.blog_posts.remove(u.blog_posts[0])
    session.delete(session.get(User, 2))
    session.commit()
    print(session.scalars(select(Post.id).order_by(Post.id)).all())
