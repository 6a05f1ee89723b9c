# source: https://github.com/MuazamMughal/Cloud-Native-Generative-AI (notebook "ORM: One-to-Many Relationships with SQLAlchemy", after https://github.com/jod35/OnetoMany-SQLALCHEMY2.0)
# changes: database URL (a hosted PostgreSQL) -> 'sqlite://'; the notebook's later cells (not shown on the page) replaced by adding a program with two courses and deleting the program
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy import ForeignKey

class Base(DeclarativeBase):
    pass


class Program(Base):
    __tablename__ = 'programs'
    id:Mapped[int] = mapped_column(primary_key=True)
    name:Mapped[str] = mapped_column(nullable=False)
    years_of_study:Mapped[int] = mapped_column(nullable=False)
    courses:Mapped[list['Course']] = relationship(backref='program',passive_deletes=True)

    def __repr__(self) -> str:
        return f"<Program {self.name}>"

class Course(Base):
    __tablename__ = 'courses'
    id:Mapped[int] = mapped_column(primary_key=True)
    title:Mapped[str] = mapped_column(nullable=False)
    code:Mapped[str] = mapped_column(nullable=False)
    program_id:Mapped[int] = mapped_column(ForeignKey('programs.id',ondelete='CASCADE'))

    def __repr__(self) -> str:
        return f"<Course {self.title}>"

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.engine.base import Engine
from sqlalchemy.orm.session import Session


engine: Engine = create_engine(
    f'sqlite://',
    echo= True
)


Session = sessionmaker(bind=engine)

db: Session = Session()

Base.metadata.create_all(bind=engine)

program = Program(name="Computer Science", years_of_study=4)
program.courses = [Course(title="Databases", code="CS201"), Course(title="Networks", code="CS301")]
db.add(program)
db.commit()
print(program.courses)

db.delete(program)
db.commit()
print(db.query(Course).all())
