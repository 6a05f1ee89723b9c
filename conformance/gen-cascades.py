#!/usr/bin/env python3
"""Generate random delete scenarios for the differential suite.

    python3 conformance/gen-cascades.py [--seed N] [--count N] DIR

Writes DIR/gen_NNNN.py (--shape one-to-many: a parent, its children,
sometimes grandchildren), m2m_NNNN.py (many-to-many) or tree_NNNN.py (a
self-referential tree): each a small model with relationship
and foreign-key options drawn at random from the surface the engine supports
(cascade, passive_deletes, ondelete, nullable, backref or back_populates, the
side the relationship sits on, lazy loading, PRAGMA foreign_keys), some rows,
then one way of deleting people try (Session.delete of a parent or a child,
removing a child from its collection, replacing the collection, a bulk
delete(), Query.delete(), a delete then rollback), and prints what is left.
Every exception is printed by class, so a script runs to its end whatever
SQLAlchemy raises.

The scripts are written to find differences between cascadelab and
SQLAlchemy 2.0.52, not to pass: record each with conformance/record.py (make
record-generated) and engine/internal/sa's TestGenerated compares them at
`all`. The same seed always writes the same scripts.
"""
import argparse
import os
import random

CASCADES = [None, "all, delete", "all, delete-orphan", "save-update, merge", "save-update, merge, delete",
            "delete, delete-orphan, save-update", "all"]
PASSIVE = [None, True, "all"]
ONDELETE = [None, "CASCADE", "SET NULL"]
LAZY = [None, "select", "joined", "selectin", "subquery"]


def rel_args(r, cascade=True):
    args = []
    if cascade and (c := r.choice(CASCADES)):
        args.append(f'cascade="{c}"')
    if (p := r.choice(PASSIVE)) is not None:
        args.append(f"passive_deletes={p!r}")
    if (lz := r.choice(LAZY)) is not None:
        args.append(f'lazy="{lz}"')
    if r.random() < 0.2:
        args.append("order_by=\"{}.id\"")
    return args


def rel(name, target, args, extra):
    return f'    {name} = relationship("{target}", ' + ", ".join(args + [extra]) + ")"


def fk(r, target, nullable=None):
    parts = [f'ForeignKey("{target}.id"' + (f', ondelete="{od}"' if (od := r.choice(ONDELETE)) else "") + ")"]
    if nullable is None:
        nullable = r.random() < 0.8
    if not nullable:
        parts.append("nullable=False")
    return ", ".join(parts)


def one_to_many(r):
    """Parent -< Child (-< Grand): the main shape of the question."""
    L = []
    grand = r.random() < 0.35
    side = r.choice(["parent", "parent", "child"])  # where the relationship is written
    style = r.choice(["backref", "back_populates"])
    fk_on = r.random() < 0.5
    L.append("class Parent(Base):")
    L.append('    __tablename__ = "parent"')
    L.append("    id = Column(Integer, primary_key=True)")
    L.append("    name = Column(String(20))")
    pa = rel_args(r)
    pa = [a.replace("{}", "Child") for a in pa]
    ca = [a.replace("{}", "Parent") for a in rel_args(r) if "order_by" not in a]
    if side == "parent":
        L.append(rel("children", "Child", pa, 'backref="parent"' if style == "backref" else 'back_populates="parent"'))
    elif style == "back_populates":
        L.append(f'    children = relationship("Child", back_populates="parent")')
    L.append("")
    L.append("    def __repr__(self):")
    L.append('        return f"Parent({self.id}, {self.name!r})"')
    L.append("")
    L.append("")
    L.append("class Child(Base):")
    L.append('    __tablename__ = "child"')
    L.append("    id = Column(Integer, primary_key=True)")
    L.append("    name = Column(String(20))")
    L.append(f"    parent_id = Column(Integer, {fk(r, 'parent')})")
    if side == "child":
        L.append(rel("parent", "Parent", ca, 'backref="children"' if style == "backref" else 'back_populates="children"'))
    elif style == "back_populates":
        L.append(f'    parent = relationship("Parent", back_populates="children")')
    if grand:
        ga = [a.replace("{}", "Grand") for a in rel_args(r)]
        L.append(rel("grands", "Grand", ga, 'backref="child"'))
    L.append("")
    L.append("    def __repr__(self):")
    L.append('        return f"Child({self.id}, {self.name!r}, {self.parent_id})"')
    if grand:
        L.append("")
        L.append("")
        L.append("class Grand(Base):")
        L.append('    __tablename__ = "grand"')
        L.append("    id = Column(Integer, primary_key=True)")
        L.append(f"    child_id = Column(Integer, {fk(r, 'child')})")
        L.append("")
        L.append("    def __repr__(self):")
        L.append('        return f"Grand({self.id}, {self.child_id})"')
    return L, fk_on, grand


def seed_rows(r, grand):
    L = []
    n = r.randint(1, 3)
    for i in range(n):
        kids = r.randint(0, 3)
        cs = []
        for k in range(kids):
            g = f", grands=[{', '.join('Grand()' for _ in range(r.randint(0, 2)))}]" if grand else ""
            cs.append(f'Child(name="c{i}{k}"{g})')
        L.append(f'session.add(Parent(name="p{i}", children=[{", ".join(cs)}]))')
    if r.random() < 0.3:
        L.append('session.add(Child(name="orphan"))')
    L.append("session.commit()")
    return L, n


OPS = [
    ["p = session.get(Parent, 1)", "session.delete(p)", "session.commit()"],
    ["p = session.get(Parent, 1)", "print(len(p.children))", "session.delete(p)", "session.commit()"],
    ["p = session.scalars(select(Parent).order_by(Parent.id)).first()", "session.delete(p)", "session.flush()", "print(session.scalars(select(Child).order_by(Child.id)).all())", "session.rollback()"],
    ["c = session.get(Child, 1)", "if c is not None:", "    session.delete(c)", "session.commit()"],
    ["p = session.get(Parent, 1)", "if p.children:", "    p.children.remove(p.children[0])", "session.commit()"],
    ["p = session.get(Parent, 1)", "p.children = []", "session.commit()"],
    ["session.execute(delete(Parent).where(Parent.id == 1))", "session.commit()"],
    ["print(session.query(Parent).filter(Parent.id == 1).delete())", "session.commit()"],
    ["p = session.get(Parent, 1)", "for c in list(p.children):", "    c.parent = None", "session.commit()"],
    ["p = session.get(Parent, 1)", "session.expire(p)", "session.delete(p)", "session.commit()"],
    ["p = session.get(Parent, 1)", "q = session.get(Parent, 2)", "if q is not None and p.children:", "    q.children.append(p.children[0])", "session.delete(p)", "session.commit()"],
]


def many_to_many(r):
    """Parent >-< Child through an association table."""
    L = ['assoc = Table("assoc", Base.metadata,',
         f'    Column("parent_id", Integer, {fk(r, "parent", True)}, primary_key=True),',
         f'    Column("child_id", Integer, {fk(r, "child", True)}, primary_key=True))',
         "", "",
         "class Parent(Base):",
         '    __tablename__ = "parent"',
         "    id = Column(Integer, primary_key=True)",
         "    name = Column(String(20))"]
    pa = [a.replace("{}", "Child") for a in rel_args(r)]
    style = r.choice(["backref", "back_populates"])
    L.append(rel("children", "Child", ["secondary=assoc"] + pa, 'backref="parents"' if style == "backref" else 'back_populates="parents"'))
    L += ["", "    def __repr__(self):", '        return f"Parent({self.id}, {self.name!r})"', "", "",
          "class Child(Base):",
          '    __tablename__ = "child"',
          "    id = Column(Integer, primary_key=True)",
          "    name = Column(String(20))"]
    if style == "back_populates":
        ca = [a for a in rel_args(r) if "order_by" not in a]
        L.append(rel("parents", "Parent", ["secondary=assoc"] + ca, 'back_populates="children"'))
    L += ["", "    def __repr__(self):", '        return f"Child({self.id}, {self.name!r})"']
    return L, r.random() < 0.5


def m2m_rows(r):
    L = ["cs = [Child(name=f\"c{i}\") for i in range(%d)]" % r.randint(1, 4)]
    for i in range(r.randint(1, 3)):
        pick = sorted(r.sample(range(4), r.randint(0, 3)))
        L.append(f'session.add(Parent(name="p{i}", children=[cs[i] for i in {pick} if i < len(cs)]))')
    L += ["session.add_all(cs)", "del cs", "session.commit()"]
    return L


M2M_OPS = [
    ["p = session.get(Parent, 1)", "session.delete(p)", "session.commit()"],
    ["c = session.get(Child, 1)", "session.delete(c)", "session.commit()"],
    ["p = session.get(Parent, 1)", "if p.children:", "    p.children.remove(p.children[0])", "session.commit()"],
    ["p = session.get(Parent, 1)", "p.children = []", "session.commit()"],
    ["session.execute(delete(Parent).where(Parent.id == 1))", "session.commit()"],
    ["p = session.get(Parent, 1)", "q = session.get(Parent, 2)", "if q is not None:", "    q.children.extend(c for c in p.children if c not in q.children)", "session.delete(p)", "session.commit()"],
]


def tree(r):
    """A self-referential adjacency list."""
    L = ["class Node(Base):",
         '    __tablename__ = "node"',
         "    id = Column(Integer, primary_key=True)",
         "    name = Column(String(20))",
         f"    parent_id = Column(Integer, {fk(r, 'node', True)})"]
    na = [a.replace("{}", "Node") for a in rel_args(r)]
    L.append(rel("children", "Node", na, 'backref=backref("parent", remote_side=[id])'))
    L += ["", "    def __repr__(self):", '        return f"Node({self.id}, {self.name!r}, {self.parent_id})"']
    return L, r.random() < 0.5


def tree_rows(r):
    L = []
    for i in range(r.randint(1, 2)):
        kids = []
        for k in range(r.randint(0, 3)):
            grand = ", ".join(f'Node(name="g{i}{k}{g}")' for g in range(r.randint(0, 2)))
            kids.append(f'Node(name="n{i}{k}", children=[{grand}])')
        L.append(f'session.add(Node(name="r{i}", children=[{", ".join(kids)}]))')
    L.append("session.commit()")
    return L


TREE_OPS = [
    ["n = session.get(Node, 1)", "session.delete(n)", "session.commit()"],
    ["n = session.get(Node, 2)", "if n is not None:", "    session.delete(n)", "session.commit()"],
    ["n = session.get(Node, 1)", "if n.children:", "    n.children.remove(n.children[0])", "session.commit()"],
    ["n = session.get(Node, 1)", "n.children = []", "session.commit()"],
    ["session.execute(delete(Node).where(Node.id == 1))", "session.commit()"],
    ["n = session.get(Node, 1)", "if n.children and n.children[0].children:", "    g = n.children[0].children[0]", "    g.parent = None", "session.delete(n)", "session.commit()"],
]


def script(r, i, shape="one-to-many"):
    if shape == "many-to-many":
        model, fk_on = many_to_many(r)
        rows, ops, classes = m2m_rows(r), r.choice(M2M_OPS), ["Parent", "Child"]
    elif shape == "tree":
        model, fk_on = tree(r)
        rows, ops, classes = tree_rows(r), r.choice(TREE_OPS), ["Node"]
    else:
        model, fk_on, grand = one_to_many(r)
        rows, _ = seed_rows(r, grand)
        ops, classes = r.choice(OPS), ["Parent", "Child"] + (["Grand"] if grand else [])
    return render(i, model, fk_on, rows, ops, classes)


def render(i, model, fk_on, rows, ops, classes):
    out = [f"# Generated by conformance/gen-cascades.py (case {i}): random relationship and",
           "# foreign-key options, some rows, one way of deleting; every exception printed by class.",
           "from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, delete, event, select",
           "from sqlalchemy.orm import Session, backref, declarative_base, relationship",
           "",
           'engine = create_engine("sqlite://")',
           ""]
    if fk_on:
        out += ['@event.listens_for(engine, "connect")',
                "def fk_pragma(dbapi_connection, connection_record):",
                '    dbapi_connection.execute("PRAGMA foreign_keys=ON")',
                "", ""]
    out += ["Base = declarative_base()", "", ""] + model + ["", "",
            "session = Session(engine)",
            "try:",
            "    Base.metadata.create_all(engine)"]
    out += ["    " + l for l in rows + ops]
    out += ["except Exception as e:",
            "    print(type(e).__name__)",
            "    session.rollback()",
            "for cls in [" + ", ".join(classes) + "]:",
            "    try:",
            "        print(cls.__name__, session.scalars(select(cls).order_by(cls.id)).all())",
            "    except Exception as e:",
            "        print(type(e).__name__)",
            "        session.rollback()",
            ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--shape", choices=["one-to-many", "many-to-many", "tree"], default="one-to-many")
    ap.add_argument("dir")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    r = random.Random(a.seed)
    prefix = {"one-to-many": "gen", "many-to-many": "m2m", "tree": "tree"}[a.shape]
    for i in range(a.count):
        with open(os.path.join(a.dir, f"{prefix}_{i:04d}.py"), "w") as f:
            f.write(script(r, i, a.shape))


if __name__ == "__main__":
    main()
