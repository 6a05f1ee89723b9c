# source: https://github.com/BizziBerry/sqlalchemy-orm-mastery/blob/36f9dd930728d7c2ccba8801a9d25195fd2b4db3/optimization.py
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

import logging
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy import text, func

# Настройка логирования SQL-запросов
logging.basicConfig()
logging.getLogger('sqlalchemy.engine').setLevel(logging.INFO)

def demonstrate_logging():
    """Демонстрация логирования SQL-запросов"""
    print("=== LOGIROVANIE SQL-ZAPROSOV ===")
    
    session = SessionLocal()
    
    try:
        print("1. Prostoj zapros:")
        authors = session.query(Author).all()
        print(f"   Najdeno avtorov: {len(authors)}")
        
        print("2. Zapros so svjazjami:")
        authors_with_books = session.query(Author).options(joinedload(Author.books)).all()
        for author in authors_with_books:
            print(f"   Avtor: {author.name}, knig: {len(author.books)}")
            
    finally:
        session.close()

def analyze_loading_strategies():
    """Анализ различных стратегий загрузки"""
    print("\n=== ANALIZ STRATEGIJ ZAGRUZKI ===")
    
    session = SessionLocal()
    
    try:
        print("1. Lenivaja zagruzka (problem N+1):")
        authors = session.query(Author).all()
        total_books = 0
        for author in authors:
            books_count = len(author.books)  # Otdelnyj zapros dlja kazhdogo avtora
            total_books += books_count
        print(f"   Vsego knig: {total_books}")
        
        print("2. Zhadnaja zagruzka s JOIN:")
        authors = session.query(Author).options(joinedload(Author.books)).all()
        total_books = 0
        for author in authors:
            books_count = len(author.books)  # Net dopolnitelnyh zaprosov
            total_books += books_count
        print(f"   Vsego knig: {total_books}")
        
        print("3. Zhadnaja zagruzka s SELECT IN:")
        authors = session.query(Author).options(selectinload(Author.books)).all()
        total_books = 0
        for author in authors:
            books_count = len(author.books)  # Net dopolnitelnyh zaprosov
            total_books += books_count
        print(f"   Vsego knig: {total_books}")
            
    finally:
        session.close()

def sqlalchemy_core_example():
    """Пример использования SQLAlchemy Core для сложных запросов"""
    print("\n=== SQLALCHEMY CORE - SLOZhNYE ZAPROSY ===")
    
    session = SessionLocal()
    
    try:
        # Slozhnyj agregirujushhij zapros s ispol'zovaniem Core
        query = text("""
            SELECT 
                a.name as author_name,
                COUNT(b.id) as book_count,
                AVG(LENGTH(b.title)) as avg_title_length
            FROM authors a
            LEFT JOIN books b ON a.id = b.author_id
            GROUP BY a.id, a.name
            HAVING COUNT(b.id) > 0
            ORDER BY book_count DESC
        """)
        
        result = session.execute(query)
        
        print("Statistika po avtoram:")
        for row in result:
            print(f"   Avtor: {row.author_name}")
            print(f"     Kollichestvo knig: {row.book_count}")
            print(f"     Srednjaja dlina nazvanija: {row.avg_title_length:.1f} simvolov")
            print()
            
    finally:
        session.close()

def mixed_orm_core_usage():
    """Совместное использование ORM и Core"""
    print("\n=== SOVMESTNOE ISPOL'ZOVANIE ORM I CORE ===")
    
    session = SessionLocal()
    
    try:
        # Ispol'zuem ORM dlja prostyh operacij
        print("1. ORM - prostye operacii:")
        authors = session.query(Author).all()
        print(f"   Vsego avtorov: {len(authors)}")
        
        # Ispol'zuem Core dlja slozhnoj agregacii
        print("2. Core - slozhnaja statistika:")
        stmt = text("""
            SELECT author_id, COUNT(*) as book_count 
            FROM books 
            GROUP BY author_id
            ORDER BY book_count DESC
        """)
        
        book_stats = session.execute(stmt).fetchall()
        print("   Kollichestvo knig po avtoram:")
        for author_id, count in book_stats:
            author = session.query(Author).get(author_id)
            print(f"     {author.name}: {count} knig")
            
        # Kombinirovannyj podhod
        print("3. Kombinirovannyj podhod:")
        for author in authors:
            # ORM dlja poluchenija ob#ekta
            author_name = author.name
            # Core dlja bystrogo podscheta
            count_stmt = text("SELECT COUNT(*) FROM books WHERE author_id = :author_id")
            book_count = session.execute(count_stmt, {"author_id": author.id}).scalar()
            print(f"     {author_name}: {book_count} knig")
            
    finally:
        session.close()

if __name__ == "__main__":
    demonstrate_logging()
    analyze_loading_strategies() 
    sqlalchemy_core_example()
    mixed_orm_core_usage()