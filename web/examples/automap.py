from sqlalchemy import create_engine, event, text
from sqlalchemy.ext.automap import automap_base

engine = create_engine("sqlite://")


@event.listens_for(engine, "connect")
def schema(dbapi_connection, connection_record):
    dbapi_connection.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)")
    dbapi_connection.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, name TEXT, "
        "FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)")


Base = automap_base()
Base.prepare(autoload_with=engine)
