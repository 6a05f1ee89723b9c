# polymorphic_load="selectin": a query of the base class loads each
# subclass's own columns with one more SELECT per class, in the order the
# rows first show the classes; a query of a subclass loads only what lies
# below it.
from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Pet(Base):
    __tablename__ = "pet"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "pet"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Cat(Pet):
    __tablename__ = "cat"
    id: Mapped[int] = mapped_column(ForeignKey("pet.id"), primary_key=True)
    lives: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "cat", "polymorphic_load": "selectin"}


class Lion(Cat):
    __tablename__ = "lion"
    id: Mapped[int] = mapped_column(ForeignKey("cat.id"), primary_key=True)
    mane: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "lion", "polymorphic_load": "selectin"}


class Dog(Pet):
    bark: Mapped[str] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "dog", "polymorphic_load": "selectin"}


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
session = Session(engine)
session.add_all([Cat(name="tom", lives=9), Pet(name="p"), Lion(name="leo", lives=3, mane="big"),
                 Cat(name="kit", lives=2), Dog(name="rex", bark="woof")])
session.commit()
session.close()

pets = session.scalars(select(Pet).order_by(Pet.name.desc())).all()
print([(p.name, getattr(p, "lives", None), getattr(p, "bark", None)) for p in pets])
session.close()
cats = session.scalars(select(Cat).where(Cat.lives > 1).order_by(Cat.id)).all()
print(cats, cats[1].mane)
session.delete(cats[1])
session.commit()
print(session.scalars(select(Pet).order_by(Pet.id)).all())
