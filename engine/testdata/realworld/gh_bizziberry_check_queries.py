# source: https://github.com/BizziBerry/sqlalchemy-orm-mastery/blob/36f9dd930728d7c2ccba8801a9d25195fd2b4db3/check_queries.py
# changes: database.py and models.py (same repository) inlined in place of their imports, with a call of database.py's create_tables() (the repository makes the tables with Alembic); lazy_vs_eager.py (same repository), which fills the database file, run first
from sqlalchemy import create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker

Base = declarative_base()
engine = create_engine('sqlite:///library.db', echo=True)
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)

def create_tables():
    Base.metadata.create_all(bind=engine)

from sqlalchemy import Column, Integer, String, ForeignKey, DateTime, Float
from sqlalchemy.orm import relationship
from sqlalchemy.sql import func

class Author(Base):
    __tablename__ = 'authors'
    id = Column(Integer, primary_key=True, index=True)
    name = Column(String(100), nullable=False)
    books = relationship("Book", back_populates="author")

class Book(Base):
    __tablename__ = 'books'
    id = Column(Integer, primary_key=True, index=True)
    title = Column(String(200), nullable=False)
    author_id = Column(Integer, ForeignKey('authors.id'))
    author = relationship("Author", back_populates="books")

class User(Base):
    __tablename__ = 'users'
    id = Column(Integer, primary_key=True, index=True)
    username = Column(String(50), unique=True, nullable=False)
    email = Column(String(100), unique=True, nullable=False)

class Order(Base):
    __tablename__ = 'orders'
    id = Column(Integer, primary_key=True, index=True)
    product_name = Column(String(100), nullable=False)
    quantity = Column(Integer, nullable=False)
    #created_at = Column(DateTime(timezone=True), server_default=func.now())
    price = Column(Float, nullable=True)  # ← ДОБАВЛЯЕМ ЭТУ СТРОКУ)

create_tables()

from sqlalchemy.orm import joinedload

def create_test_data():
    """Создаем тестовые данные"""
    session = SessionLocal()
    
    # Очищаем старые данные
    session.query(Book).delete()
    session.query(Author).delete()
    
    # Создаем авторов и книги
    author1 = Author(name="Лев Толстой")
    author2 = Author(name="Федор Достоевский")
    
    author1.books = [
        Book(title="Война и мир"),
        Book(title="Анна Каренина")
    ]
    
    author2.books = [
        Book(title="Преступление и наказание"), 
        Book(title="Идиот")
    ]
    
    session.add_all([author1, author2])
    session.commit()
    session.close()
    print("✅ Тестовые данные созданы")

def lazy_loading_example():
    """Ленивая загрузка - проблема N+1"""
    print("\n=== ЛЕНИВАЯ ЗАГРУЗКА ===")
    session = SessionLocal()
    
    authors = session.query(Author).all()
    print(f"Найдено авторов: {len(authors)}")
    
    # Проблема N+1: для каждого автора делаем отдельный запрос книг
    for author in authors:
        print(f"Автор: {author.name}")
        for book in author.books:  # Здесь выполняется отдельный SQL запрос
            print(f"  - Книга: {book.title}")
    
    session.close()

def eager_loading_example():
    """Жадная загрузка - один запрос с JOIN"""
    print("\n=== ЖАДНАЯ ЗАГРУЗКА ===")
    session = SessionLocal()
    
    # Все данные загружаются одним запросом
    authors = session.query(Author).options(joinedload(Author.books)).all()
    print(f"Найдено авторов: {len(authors)}")
    
    for author in authors:
        print(f"Автор: {author.name}")
        for book in author.books:  # Книги уже загружены, запросов не происходит
            print(f"  - Книга: {book.title}")
    
    session.close()

if __name__ == "__main__":
    create_test_data()
    lazy_loading_example()
    eager_loading_example()

from sqlalchemy.orm import joinedload
import sqlalchemy as sa

print('=== SRAVNENIE KOLICHESTVA SQL-ZAPROSOV ===')

engine = sa.create_engine('sqlite:///library.db', echo=False)
Session = sa.orm.sessionmaker(bind=engine)
session = Session()

print('1. LENIVAYA ZAGRUZKA:')
query_count = 0

def count_queries(conn, cursor, statement, parameters, context, executemany):
    global query_count
    query_count += 1
    print(f'   Zapros {query_count}: {statement}')

sa.event.listen(engine, 'before_cursor_execute', count_queries)

authors = session.query(Author).all()
print(f'   Najdeno avtorov: {len(authors)}')
for author in authors:
    books = author.books
    print(f'   Avtor {author.name} imeet {len(books)} knig')

print(f'   VSEGO ZAPROSOV: {query_count}')

query_count = 0
sa.event.remove(engine, 'before_cursor_execute', count_queries)

print('2. ZhADNAYA ZAGRUZKA:')
sa.event.listen(engine, 'before_cursor_execute', count_queries)

authors = session.query(Author).options(joinedload(Author.books)).all()
print(f'   Najdeno avtorov: {len(authors)}')
for author in authors:
    books = author.books
    print(f'   Avtor {author.name} imeet {len(books)} knig')

print(f'   VSEGO ZAPROSOV: {query_count}')

session.close()