# source: https://github.com/Max-Ivashura/SQLAlchemy_Playground/blob/38f489b67ed9b11f6d8e89552d5c037d9138da72/chapter_5_migrations/lesson_1_alembic_setup/lecture/lecture.py
# changes: the folder's models.py inlined in place of `from models import ...`; the file database made sqlite:// (in memory); `Base.metadata.create_all(engine)` added after the engine (the lesson makes the tables with its Alembic migrations)
# models.py

from sqlalchemy import Column, Integer, String, create_engine, ForeignKey
from sqlalchemy.ext.declarative import declarative_base

# Базовый класс для моделей
Base = declarative_base()

# Модель User
class User(Base):
    __tablename__ = 'users'

    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    age = Column(Integer)

    def __repr__(self):
        return f"<User(name={self.name}, age={self.age})>"

# Модель Product
class Product(Base):
    __tablename__ = 'products'

    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    price = Column(Integer)

    def __repr__(self):
        return f"<Product(name={self.name}, price={self.price})>"

class Order(Base):
    __tablename__ = 'orders'

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey('users.id'))
    product_id = Column(Integer, ForeignKey('products.id'))
    quantity = Column(Integer)

    def __repr__(self):
        return f"<Order(quantity={self.quantity})>"
# test.py

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# Создаем движок
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)

# Создаем сессию
Session = sessionmaker(bind=engine)
session = Session()

# Добавляем тестовые данные
new_user = User(name="Alice", age=30)
new_product = Product(name="Phone", price=199)

session.add_all([new_user, new_product])
session.commit()

# Проверяем данные
print("Пользователи:")
for user in session.query(User).all():
    print(user)

print("Продукты:")
for product in session.query(Product).all():
    print(product)
