# source: https://github.com/Max-Ivashura/SQLAlchemy_Playground/blob/38f489b67ed9b11f6d8e89552d5c037d9138da72/chapter_2_orm_basics/lesson_1_declarative_base/lecture/lecture.py
# changes: the file database made sqlite:// (in memory)
"""
Lesson 1: Declarative Base в SQLAlchemy ORM

Примеры создания моделей данных с использованием Declarative Base.
"""

from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker

# Шаг 1: Создаем базовый класс для моделей
Base = declarative_base()


# Шаг 2: Определяем модель User
class User(Base):
    __tablename__ = 'users'

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    age = Column(Integer)

    def __repr__(self):
        return f"<User(name={self.name}, age={self.age})>"


# Шаг 3: Создаем движок и связываем его с базовым классом
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

# Шаг 4: Создаем сессию для работы с данными
Session = sessionmaker(bind=engine)
session = Session()

# Шаг 5: Добавляем запись в таблицу
new_user = User(name="Alice", age=30)
session.add(new_user)
session.commit()

# Шаг 6: Выбираем все записи из таблицы
users = session.query(User).all()
for user in users:
    print(user)

print("Таблица users успешно создана, данные добавлены.")
