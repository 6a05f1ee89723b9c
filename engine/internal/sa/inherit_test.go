package sa_test

import (
	"testing"

	"cascadelab/engine/internal/script/scripttest"
)

// The models of the mapped class inheritance tests: a base class with a
// discriminator, then a single-table subclass (and its subclass) or a
// joined-table one.
const (
	inheritBase    = "from sqlalchemy import create_engine, ForeignKey, String, select, delete\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, has_inherited_table\nclass Base(DeclarativeBase):\n    pass\nclass Pet(Base):\n    __tablename__ = \"pet\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    kind: Mapped[str]\n    __mapper_args__ = {\"polymorphic_on\": \"kind\", \"polymorphic_identity\": \"pet\"}\n"
	inheritSession = "engine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nsession = Session(engine)\n"
	inheritSingle  = inheritBase + "class Dog(Pet):\n    bark: Mapped[str] = mapped_column(nullable=True)\n    __mapper_args__ = {\"polymorphic_identity\": \"dog\"}\nclass Puppy(Dog):\n    __mapper_args__ = {\"polymorphic_identity\": \"puppy\"}\n" + inheritSession
	inheritJoined  = inheritBase + "class Cat(Pet):\n    __tablename__ = \"cat\"\n    id: Mapped[int] = mapped_column(ForeignKey(\"pet.id\"), primary_key=True)\n    lives: Mapped[int] = mapped_column(default=9)\n    __mapper_args__ = {\"polymorphic_identity\": \"cat\"}\n" + inheritSession
)

func TestInheritance(t *testing.T) {
	expectSQL(t, inheritJoined, "from sqlalchemy import insert\nsession.execute(insert(Cat), [{\"lives\": 1}, {\"lives\": 2}, {\"id\": 7}])\n", "INSERT INTO pet (kind) VALUES (?) RETURNING id [\"cat\"]\nINSERT INTO pet (kind) VALUES (?) RETURNING id [\"cat\"]\nINSERT INTO pet (id, kind) VALUES (?, ?) [7,\"cat\"]\nINSERT INTO cat (id, lives) VALUES (?, ?) [[1,1],[2,2]]\nINSERT INTO cat (id, lives) VALUES (?, ?) [7,9]\n")
	expectSQL(t, inheritJoined, "from sqlalchemy import insert\ncats = session.scalars(insert(Cat).returning(Cat), [{\"lives\": 1}, {\"lives\": 2}]).all()\nprint([(c.id, c.kind, c.lives) for c in cats])\nprint(session.execute(insert(Cat).returning(Cat.kind, Cat.lives), [{\"lives\": 4}, {\"id\": 9, \"lives\": 5}]).all())\n", "INSERT INTO pet (kind) VALUES (?) RETURNING id, kind [\"cat\"]\nINSERT INTO pet (kind) VALUES (?) RETURNING id, kind [\"cat\"]\nINSERT INTO cat (id, lives) VALUES (?, ?), (?, ?) RETURNING id, lives, id AS id__1 [1,1,2,2]\nINSERT INTO pet (kind) VALUES (?) RETURNING id, kind [\"cat\"]\nINSERT INTO pet (id, kind) VALUES (?, ?) RETURNING id, kind [9,\"cat\"]\nINSERT INTO cat (id, lives) VALUES (?, ?), (?, ?) RETURNING lives, id [3,4,9,5]\n")
	expectRun(t, inheritJoined+"from sqlalchemy import insert\ncats = session.scalars(insert(Cat).returning(Cat), [{\"lives\": 1}, {\"lives\": 2}]).all()\nprint([(c.id, c.kind, c.lives) for c in cats])\nprint(session.execute(insert(Cat).returning(Cat.kind, Cat.lives), [{\"lives\": 4}, {\"id\": 9, \"lives\": 5}]).all())\n", "[(1, 'cat', 1), (2, 'cat', 2)]\n[('cat', 4), ('cat', 5)]\n")
	expectRun(t, inheritSingle+"print(Dog().kind, Puppy().kind, Pet().kind, Dog.__table__ is Pet.__table__, [c.name for c in Pet.__table__.c])\n", "dog puppy pet True ['id', 'kind', 'bark']\n")
	expectRun(t, inheritSingle+"print(has_inherited_table(Dog), has_inherited_table(Pet), isinstance(Puppy(), Dog))\n", "True False True\n")
	expectRun(t, inheritSingle+"session.add_all([Pet(), Dog(bark=\"woof\"), Puppy(bark=\"yip\")])\nsession.commit()\nprint([type(p).__name__ for p in session.scalars(select(Pet).order_by(Pet.id))], session.scalars(select(Dog.bark).order_by(Dog.id)).all())\n", "['Pet', 'Dog', 'Puppy'] ['woof', 'yip']\n")
	expectRun(t, inheritSingle+"session.add_all([Pet(), Dog(bark=\"woof\"), Puppy(bark=\"yip\")])\nsession.commit()\nsession.close()\nprint(session.get(Dog, 1), session.get(Dog, 3).bark, session.query(Dog).count())\n", "None yip 2\n")
	expectRun(t, inheritJoined+"c = Cat()\nsession.add(c)\nsession.flush()\nprint(c.id, c.kind, c.lives, session.get(Pet, 1) is c)\n", "1 cat 9 True\n")
	expectRun(t, inheritJoined+"session.add_all([Cat(lives=3), Pet()])\nsession.commit()\nsession.close()\npets = session.scalars(select(Pet).order_by(Pet.id)).all()\nprint([type(p).__name__ for p in pets], pets[0].lives)\nsession.delete(pets[0])\nsession.commit()\nprint(session.scalars(select(Cat)).all())\n", "['Cat', 'Pet'] 3\n[]\n")
	expectRun(t, inheritJoined+"session.add_all([Cat(lives=3), Pet()])\nsession.flush()\nprint(session.execute(select(Cat.lives, Cat.kind)).all(), session.execute(select(Pet.kind).order_by(Pet.id)).all())\n", "[(3, 'cat')] [('cat',), ('pet',)]\n")
	expectRun(t, inheritBase+"class Cat(Pet):\n    __tablename__ = \"cat\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n", "! NoForeignKeysError: Can't determine the inherit condition between inherited table 'pet' and inheriting table 'cat'; tables have no foreign key relationships established.  Please ensure the inheriting table has a foreign key relationship to the inherited table, or provide an 'on clause' using the 'inherit_condition' mapper argument.\n")
	expectRun(t, inheritBase+"class Dog(Pet):\n    __table_args__ = {\"sqlite_autoincrement\": True}\n    bark: Mapped[str]\n", "! ArgumentError: Can't place __table_args__ on an inherited class with no table.\n")
	expectRun(t, inheritBase+"class Dog(Pet):\n    kind: Mapped[str]\n", "! ArgumentError: Column 'kind' on class Dog conflicts with existing column 'pet.kind'.  If using Declarative, consider using the use_existing_column parameter of mapped_column() to resolve conflicts.\n")
	expectRun(t, "from sqlalchemy import ForeignKey, String, create_engine, select\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declared_attr, Session\nclass Base(DeclarativeBase):\n    pass\nclass Person(Base):\n    __tablename__ = \"person\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    type: Mapped[str]\n    __mapper_args__ = {\"polymorphic_on\": \"type\", \"polymorphic_identity\": \"person\"}\nclass Engineer(Person):\n    @declared_attr\n    def status(cls) -> Mapped[str]:\n        return Person.__table__.c.get(\"status\", mapped_column(String(30)))\n    __mapper_args__ = {\"polymorphic_identity\": \"engineer\"}\nclass Manager(Person):\n    @declared_attr\n    def status(cls) -> Mapped[str]:\n        return Person.__table__.c.get(\"status\", mapped_column(String(30)))\n    __mapper_args__ = {\"polymorphic_identity\": \"manager\"}\nprint([c.name for c in Person.__table__.c], hasattr(Person, \"status\"))\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nwith Session(engine) as s:\n    s.add_all([Manager(status=\"m\"), Engineer(status=\"e\")])\n    s.commit()\n    print([(type(p).__name__, p.status) for p in s.scalars(select(Person).order_by(Person.id))])\n", "['id', 'type', 'status'] False\n[('Manager', 'm'), ('Engineer', 'e')]\n")
}

func TestInheritanceGet(t *testing.T) {
	expectRun(t, inheritSingle+"session.add_all([Pet(), Dog(bark=\"woof\")])\nsession.flush()\nprint(session.get(Dog, 1), session.get(Puppy, 2), session.get(Pet, 2).bark)\n", "None None woof\n")
	expectRun(t, inheritJoined+"session.add_all([Pet(), Cat()])\nsession.flush()\nprint(session.get(Cat, 1), session.get(Cat, 2).lives)\nsession.expire_all()\nprint(session.get(Cat, 1))\n", "None 9\nNone\n")
}

// A row whose discriminator is NULL is SQLAlchemy's error when the base
// class has no identity of its own.
func TestNullDiscriminator(t *testing.T) {
	expectRun(t, "from sqlalchemy import create_engine, ForeignKey, String, select, text\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session\nfrom typing import Optional\nclass Base(DeclarativeBase):\n    pass\nclass Pet(Base):\n    __tablename__ = \"pet\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    kind: Mapped[Optional[str]]\n    __mapper_args__ = {\"polymorphic_on\": \"kind\"}\nclass Dog(Pet):\n    __mapper_args__ = {\"polymorphic_identity\": \"dog\"}\nengine = create_engine(\"sqlite://\")\nBase.metadata.create_all(engine)\nsession = Session(engine)\nsession.add_all([Pet(), Dog()])\nsession.commit()\nsession.close()\nprint([type(p).__name__ for p in session.scalars(select(Pet).order_by(Pet.id))], session.scalars(select(Pet.kind)).all())\n", "! InvalidRequestError: Row with identity key (<class '__main__.Pet'>, (1,), None) can't be loaded into an object; the polymorphic discriminator column 'pet.kind' is NULL\n")
}

func TestInheritanceCount(t *testing.T) {
	expectSQL(t, inheritJoined+"session.add_all([Cat(lives=3), Pet(), Cat(lives=5)])\nsession.commit()\n", "print(session.query(Cat).count(), session.query(Cat).filter(Cat.lives > 3).count(), session.query(Pet).count())\n", "SELECT count(*) AS count_1 FROM (SELECT cat.id AS cat_id, pet.id AS pet_id, pet.kind AS pet_kind, cat.lives AS cat_lives FROM pet JOIN cat ON pet.id = cat.id) AS anon_1 []\nSELECT count(*) AS count_1 FROM (SELECT cat.id AS cat_id, pet.id AS pet_id, pet.kind AS pet_kind, cat.lives AS cat_lives FROM pet JOIN cat ON pet.id = cat.id WHERE cat.lives > ?) AS anon_1 [3]\nSELECT count(*) AS count_1 FROM (SELECT pet.id AS pet_id, pet.kind AS pet_kind FROM pet) AS anon_1 []\n")
}

func TestSelectinPolymorphic(t *testing.T) {
	seeded := inheritJoined + "session.add_all([Cat(lives=3), Pet(), Cat(lives=5)])\nsession.commit()\nsession.close()\nfrom sqlalchemy.orm import selectin_polymorphic\n"
	expectSQL(t, seeded, "pets = session.scalars(select(Pet).options(selectin_polymorphic(Pet, [Cat]))).all()\n", "SELECT pet.id, pet.kind FROM pet []\nSELECT cat.id AS cat_id, pet.id AS pet_id, pet.kind AS pet_kind, cat.lives AS cat_lives FROM pet JOIN cat ON pet.id = cat.id WHERE pet.id IN (?, ?) ORDER BY pet.id [1,3]\n")
	expectRun(t, seeded+"print([(type(p).__name__, getattr(p, 'lives', None)) for p in session.scalars(select(Pet).options(selectin_polymorphic(Pet, [Cat])))])\n", "[('Cat', 3), ('Pet', None), ('Cat', 5)]\n")
}

func TestWithPolymorphic(t *testing.T) {
	seeded := inheritJoined + "session.add_all([Cat(lives=3), Pet(), Cat(lives=5)])\nsession.commit()\nsession.close()\nfrom sqlalchemy.orm import with_polymorphic\nwp = with_polymorphic(Pet, \"*\")\n"
	expectSQL(t, scripttest.Joined, "from sqlalchemy.orm import selectinload\nwp = with_polymorphic(Employee, [Manager])\ncs = s.scalars(select(Company).options(selectinload(Company.employees.of_type(wp)))).all()\nprint([(e, getattr(e, \"manager_name\", None)) for e in cs[0].employees])\n", "SELECT company.id FROM company []\nSELECT employee.company_id AS employee_company_id, employee.id AS employee_id, employee.name AS employee_name, employee.type AS employee_type, manager.id AS manager_id, manager.manager_name AS manager_manager_name FROM employee LEFT OUTER JOIN manager ON employee.id = manager.id WHERE employee.company_id IN (?) ORDER BY employee.id [1]\nSELECT engineer.id AS engineer_id, employee.id AS employee_id, employee.type AS employee_type, engineer.info AS engineer_info FROM employee JOIN engineer ON employee.id = engineer.id WHERE employee.id IN (?) ORDER BY employee.id [2]\n")
	expectRun(t, scripttest.Joined+"wp = with_polymorphic(Employee, [Manager, Engineer])\nq = select(Company).join(Company.employees.of_type(wp)).where(wp.Manager.manager_name == \"boss\")\nprint(q)\nprint(len(s.scalars(q).all()))\nq = select(Company).join(Company.employees.of_type(Engineer)).where(Engineer.info == \"fixes\")\nprint(q)\nprint(len(s.scalars(q).all()))\n", "SELECT company.id \nFROM company JOIN (employee LEFT OUTER JOIN manager ON employee.id = manager.id LEFT OUTER JOIN engineer ON employee.id = engineer.id) ON company.id = employee.company_id \nWHERE manager.manager_name = :manager_name_1\n1\nSELECT company.id \nFROM company JOIN (employee JOIN engineer ON employee.id = engineer.id) ON company.id = employee.company_id \nWHERE engineer.info = :info_1\n1\n")
	expectSQL(t, seeded, "pets = session.scalars(select(wp).where(wp.Cat.lives > 3).order_by(wp.id)).all()\nprint([(type(p).__name__, p.lives) for p in pets])\n", "SELECT pet.id, pet.kind, cat.id AS id_1, cat.lives FROM pet LEFT OUTER JOIN cat ON pet.id = cat.id WHERE cat.lives > ? ORDER BY pet.id [3]\n")
	expectRun(t, seeded+"pets = session.scalars(select(wp).where(wp.Cat.lives > 3).order_by(wp.id)).all()\nprint([(type(p).__name__, p.lives) for p in pets])\n", "[('Cat', 5)]\n")
}

func TestInheritanceRefusals(t *testing.T) {
	expectRun(t, inheritJoined+"from sqlalchemy.orm import with_polymorphic\nwith_polymorphic(Pet, [Cat], aliased=True)\n", "! NotImplementedError: cascadelab does not support with_polymorphic(aliased=)\n")
	expectRun(t, inheritBase+"class Cat(Pet):\n    __tablename__ = \"cat\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    __mapper_args__ = {\"concrete\": True}\n", "! NotImplementedError: cascadelab does not support concrete table inheritance (class Cat)\n")
	expectRun(t, inheritJoined+"session.execute(select(Pet).join(Cat, Pet.id == Cat.id))\n", "! NotImplementedError: cascadelab does not support join() to Cat, a subclass of mapped class inheritance\n")
	expectRun(t, inheritJoined+"session.execute(delete(Cat))\n", "! NotImplementedError: cascadelab does not support delete() of Cat, a class with mapped class inheritance\n")
	expectRun(t, inheritJoined+"session.query(Pet).filter(Pet.id == 1).update({\"kind\": \"x\"})\n", "! NotImplementedError: cascadelab does not support Query.update() of Pet, a class with mapped class inheritance\n")
	expectRun(t, inheritJoined+"from sqlalchemy import func\nsession.scalar(select(func.max(Cat.lives)))\n", "! NotImplementedError: cascadelab does not support func.max() of Cat.lives, an attribute of a subclass of mapped class inheritance\n")
	expectRun(t, inheritBase+"class Cat(Pet):\n    __tablename__ = \"cat\"\n    id: Mapped[int] = mapped_column(ForeignKey(\"pet.id\"), primary_key=True)\n    __mapper_args__ = {\"polymorphic_identity\": \"cat\", \"polymorphic_load\": \"inline\"}\n", "! NotImplementedError: cascadelab does not support __mapper_args__ polymorphic_load='inline' (only \"selectin\" on a subclass)\n")
	expectRun(t, inheritBase+"class Cat(Pet):\n    __tablename__ = \"cat\"\n    id: Mapped[int] = mapped_column(ForeignKey(\"pet.id\"), primary_key=True)\n    toys = relationship(\"Toy\", lazy=\"selectin\")\nclass Toy(Base):\n    __tablename__ = \"toy\"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    cat_id: Mapped[int] = mapped_column(ForeignKey(\"cat.id\"))\n"+inheritSession+"session.scalars(select(Pet)).all()\n", "! NotImplementedError: cascadelab does not support lazy=\"selectin\" on Cat.toys, a relationship of a class with mapped class inheritance\n")
}
