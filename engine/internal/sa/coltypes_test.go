package sa_test

import "testing"

// A column selected on its own goes through its type's result processor as a
// mapped attribute does: recorded from 2.0.52.
func TestColumnTypes(t *testing.T) {
	expectRun(t, "import datetime, enum\nfrom sqlalchemy import Column, Integer, Boolean, Float, Date, DateTime, Enum, create_engine, select\nfrom sqlalchemy.orm import declarative_base, Session\nclass Color(enum.Enum):\n    red = 1\n    blue = 2\nBase = declarative_base()\nclass T(Base):\n    __tablename__ = \"t\"\n    id = Column(Integer, primary_key=True)\n    ok = Column(Boolean)\n    f = Column(Float)\n    d = Column(Date)\n    dt = Column(DateTime)\n    c = Column(Enum(Color))\ne = create_engine(\"sqlite://\")\nBase.metadata.create_all(e)\ns = Session(e)\ns.add_all([T(ok=True, f=2, d=datetime.date(2024, 1, 2), dt=datetime.datetime(2024, 1, 2, 3, 4, 5), c=Color.blue), T(ok=False)])\ns.commit()\nprint(s.execute(select(T.ok, T.f, T.d, T.dt, T.c).order_by(T.id)).all())\nprint(s.scalars(select(T.d)).all(), s.query(T.ok).order_by(T.id).all())\nwith e.connect() as conn:\n    print(conn.execute(select(T.__table__.c.ok, T.__table__.c.dt)).first())\n", "[(True, 2.0, datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5), <Color.blue: 2>), (False, None, None, None, None)]\n[datetime.date(2024, 1, 2), None] [(True,), (False,)]\n(True, datetime.datetime(2024, 1, 2, 3, 4, 5))\n")
}
