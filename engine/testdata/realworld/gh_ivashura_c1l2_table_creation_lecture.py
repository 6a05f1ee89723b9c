# source: https://github.com/Max-Ivashura/SQLAlchemy_Playground/blob/38f489b67ed9b11f6d8e89552d5c037d9138da72/chapter_1_introduction/lesson_2_table_creation/lecture/lecture.py
# changes: the file database made sqlite:// (in memory)
"""
Lesson 2: Создание таблиц в SQLAlchemy

Примеры создания таблиц с различными типами данных, ограничениями и индексами.
"""

from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, Float, Date, Boolean, Index

# Шаг 1: Создаем движок для подключения к базе данных
engine = create_engine("sqlite://", echo=True)

# Шаг 2: Создаем объект MetaData
metadata = MetaData()

# Шаг 3: Определяем таблицу users
users_table = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(50), nullable=False),
    Column('age', Integer),
    Column('is_active', Boolean, default=True),
    Column('created_at', Date)
)

# Шаг 4: Определяем таблицу products с индексом
products_table = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(100), unique=True, nullable=False),
    Column('price', Float),
    Column('quantity', Integer),
    Index('idx_name_price', 'name', 'price')  # Создаем составной индекс
)

# Шаг 5: Создаем таблицы в базе данных
metadata.create_all(engine)

print("Таблицы users и products успешно созданы.")