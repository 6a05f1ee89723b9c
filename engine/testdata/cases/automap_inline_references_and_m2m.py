# Reflection reads ON DELETE only from table-level FOREIGN KEY clauses: an
# inline REFERENCES ... ON DELETE SET NULL reflects without it. A table made
# only of two foreign keys becomes a many-to-many secondary.
from sqlalchemy import create_engine, text, select, inspect
from sqlalchemy.ext.automap import automap_base
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT)"))
    conn.execute(text("CREATE TABLE hero (id INTEGER PRIMARY KEY, name TEXT, team_id INTEGER REFERENCES team(id) ON DELETE SET NULL)"))
    conn.execute(text("CREATE TABLE power (id INTEGER PRIMARY KEY, label TEXT UNIQUE)"))
    conn.execute(text(
        "CREATE TABLE hero_power (hero_id INTEGER NOT NULL, power_id INTEGER NOT NULL, PRIMARY KEY (hero_id, power_id), "
        "FOREIGN KEY(hero_id) REFERENCES hero (id), FOREIGN KEY(power_id) REFERENCES power (id))"))
    conn.execute(text("INSERT INTO team VALUES (1, 'Z'), (2, 'P')"))
    conn.execute(text("INSERT INTO hero VALUES (1, 'Deadpond', 1), (2, 'Rusty', 2), (3, 'Spider', 1)"))
    conn.execute(text("INSERT INTO power VALUES (1, 'fly'), (2, 'swim')"))
    conn.execute(text("INSERT INTO hero_power VALUES (1, 1), (1, 2), (2, 2)"))

insp = inspect(engine)
print(insp.get_table_names())
print(insp.get_foreign_keys("hero"))
print(insp.get_foreign_keys("hero_power"))
print(insp.get_pk_constraint("hero_power"))

Base = automap_base()
Base.prepare(autoload_with=engine)
print(sorted(Base.classes.keys()))
Team, Hero, Power = Base.classes.team, Base.classes.hero, Base.classes.power

session = Session(engine)
h = session.get(Hero, 1)
print(sorted(p.label for p in h.power_collection))
print(sorted(x.name for x in session.get(Power, 2).hero_collection))
session.delete(h)
session.delete(session.get(Team, 2))
session.commit()
print([(x.id, x.team_id) for x in session.scalars(select(Hero).order_by(Hero.id))])
