# source: https://github.com/MustafaOzer20/SQLAlchemy-ORM-Examples/blob/c19e2293e62a70e331a65a086e7b4212ad66ce3d: many_to_many/database.py, then many_to_many/models/categories.py, then many_to_many/models/products.py, then many_to_many/models/product_categories.py, then many_to_many/create_data.py, then many_to_many/main.py (run in that order)
# changes: the database URL made "sqlite://"; the repository's own modules inlined in import order, their imports of each other dropped, and the scripts run one after the other in one process (the later reading what the earlier wrote)
from sqlalchemy import create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import sessionmaker

# SQLite veritabanı motorunu oluşturuyoruz
engine = create_engine('sqlite://')# create_engine('sqlite:///db.sqlite3', echo=True)

# Oturum oluşturucuyu tanımlıyoruz
Session = sessionmaker(bind=engine)

# SQLAlchemy'nin Base sınıfını kullanarak tablolarımızı temsil edecek Base sınıfını tanımlıyoruz.
Base = declarative_base()
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer, 
    String
)

class Category(Base):
    __tablename__ = 'categories'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    # Diğer özellikler eklenebilir
    products = relationship("Product", secondary=ProductCategoryTable, back_populates="categories")
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer, 
    String
)

class Product(Base):
    __tablename__ = 'products'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    # Diğer özellikler eklenebilir
    categories = relationship("Category", secondary=ProductCategoryTable, back_populates="products")
from sqlalchemy import (
    Table,
    Column,
    Integer, 
    ForeignKey
)

ProductCategoryTable = Table('product_category', Base.metadata,
    Column('product_id', Integer, ForeignKey('products.id')),
    Column('category_id', Integer, ForeignKey('categories.id'))
)


Base.metadata.create_all(engine)

# Oturumu oluştur
session = Session()

# Ürünler ve kategoriler oluştur
product1 = Product(name='Laptop')
product2 = Product(name='Smartphone')

category1 = Category(name='Electronics')
category2 = Category(name='Computers')

# Ürünler ve kategoriler arasındaki ilişkiyi belirle
product1.categories.append(category1)
product1.categories.append(category2)
product2.categories.append(category1)

# Oturuma ekle ve değişiklikleri kaydet
session.add_all([product1, product2, category1, category2])
session.commit()

# Oturumu kapat
session.close()

def category_to_product():
    session = Session()

    category = session.query(Category).filter_by(name="Electronics").first()
    products = category.products

    print("Products in Electronics category:")
    for product in products:
        print(product.name)

    
    session.close()

def product_to_category():
    session = Session()
    """
    electronics_products = session.query(Product).filter(Product.categories.any(name='Electronics')).all()
    print("Products in Electronics category:")
    for product in electronics_products:
        print(product.name)
    """

    product = session.query(Product).filter_by(name="Laptop").first()
    print("List of Laptop Categories:")
    for category in product.categories:
        print(category.name)

    session.close()

def main():
    category_to_product()
    print(50*"-")
    product_to_category()


if __name__ == "__main__":
    main()
