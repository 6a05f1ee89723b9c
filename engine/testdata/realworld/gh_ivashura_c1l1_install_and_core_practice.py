# source: https://github.com/Max-Ivashura/SQLAlchemy_Playground/blob/38f489b67ed9b11f6d8e89552d5c037d9138da72/chapter_1_introduction/lesson_1_install_and_core/practice/solution.py
# changes: the file database made sqlite:// (in memory)
from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, select, Float

engine = create_engine("sqlite://")
metadata = MetaData()

products_table = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', String(100), unique=True, nullable=False),
    Column('price', Float),
    Column('quantity', Integer),
)

metadata.create_all(engine)
print("Таблица products успешно создана.")

with engine.connect() as connection:
    insert_stmt = products_table.insert().values(name="Laptop", price=10.99, quantity=2)
    connection.execute(insert_stmt)
    connection.commit()

print("Запись успешно добавлена.")

with engine.connect() as connection:
    # Выбираем все записи из таблицы products
    query = select(products_table)
    result = connection.execute(query)
    for row in result:
        print(row)
