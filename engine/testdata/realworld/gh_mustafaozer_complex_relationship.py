# source: https://github.com/MustafaOzer20/SQLAlchemy-ORM-Examples/blob/c19e2293e62a70e331a65a086e7b4212ad66ce3d: complex_relationship/database.py, then complex_relationship/models/address.py, then complex_relationship/models/customers.py, then complex_relationship/models/orders.py, then complex_relationship/models/order_items.py, then complex_relationship/create_data.py, then complex_relationship/main.py (run in that order)
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
from sqlalchemy import Column, Integer, String


class Address(Base):
    __tablename__ = 'addresses'

    id = Column(Integer, primary_key=True)
    street = Column(String)
    city = Column(String)
    postal_code = Column(String)
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer,
    String,
    ForeignKey
)


class Customer(Base):
    __tablename__ = 'customers'

    id = Column(Integer, primary_key=True)
    name = Column(String)

    delivery_address_id = Column(Integer, ForeignKey('addresses.id'))
    billing_address_id = Column(Integer, ForeignKey('addresses.id'))

    orders = relationship("Order", back_populates="customer")
    delivery_address = relationship(
        "Address",
        foreign_keys=[delivery_address_id],
        backref="delivery_customer"
    )
    billing_address = relationship(
        "Address",
        foreign_keys=[billing_address_id],
        backref="billing_customer"
    )
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer,
    String,
    ForeignKey
)


class Order(Base):
    __tablename__ = 'orders'

    id = Column(Integer, primary_key=True)
    order_number = Column(String)
    customer_id = Column(Integer, ForeignKey('customers.id'))

    customer = relationship("Customer", back_populates="orders")
    order_items = relationship("OrderItem", back_populates="order")
from sqlalchemy.orm import relationship
from sqlalchemy import (
    Column,
    Integer,
    String,
    ForeignKey
)


class OrderItem(Base):
    __tablename__ = 'order_items'

    id = Column(Integer, primary_key=True)
    product_name = Column(String)
    quantity = Column(Integer)
    order_id = Column(Integer, ForeignKey('orders.id'))

    order = relationship("Order", back_populates="order_items")

# create db or tables
Base.metadata.create_all(engine) 

session = Session()

# Birinci müşteri ve adresler
delivery_address = Address(street="123 Main St", city="Anytown", postal_code="12345")
billing_address = Address(street="456 Elm St", city="Anytown", postal_code="54321")
customer1 = Customer(name="John Doe", delivery_address=delivery_address, billing_address=billing_address)

# İkinci müşteri ve adresler
delivery_address2 = Address(street="789 Oak St", city="Othertown", postal_code="67890")
billing_address2 = Address(street="321 Pine St", city="Othertown", postal_code="09876")
customer2 = Customer(name="Jane Smith", delivery_address=delivery_address2, billing_address=billing_address2)

# Üçüncü müşteri ve adresler
delivery_address3 = Address(street="111 Cedar St", city="Anothertown", postal_code="13579")
billing_address3 = Address(street="222 Maple St", city="Anothertown", postal_code="24680")
customer3 = Customer(name="Bob Johnson", delivery_address=delivery_address3, billing_address=billing_address3)

# Dördüncü müşteri ve adresler
delivery_address4 = Address(street="444 Walnut St", city="Yetanothertown", postal_code="11223")
billing_address4 = Address(street="555 Birch St", city="Yetanothertown", postal_code="33445")
customer4 = Customer(name="Emily Davis", delivery_address=delivery_address4, billing_address=billing_address4)

# Siparişler

order1 = Order(order_number="12345", customer=customer1)
order_item1 = OrderItem(product_name="Product 1", quantity=2, order=order1)
order_item2 = OrderItem(product_name="Product 2", quantity=1, order=order1)
order_item3 = OrderItem(product_name="Product 3", quantity=3, order=order1)

order2 = Order(order_number="54321", customer=customer2)
order_item4 = OrderItem(product_name="Product 4", quantity=3, order=order2)

order3 = Order(order_number="98765", customer=customer3)
order_item5 = OrderItem(product_name="Product 5", quantity=2, order=order3)
order_item6 = OrderItem(product_name="Product 6", quantity=2, order=order3)

order4 = Order(order_number="13579", customer=customer4)
order_item7 = OrderItem(product_name="Product 7", quantity=1, order=order4)
order_item8 = OrderItem(product_name="Product 8", quantity=3, order=order4)
order_item9 = OrderItem(product_name="Product 9", quantity=3, order=order4)
order_item10 = OrderItem(product_name="Product 10", quantity=3, order=order4)

# Örnek verileri ekle
session.add_all([
    delivery_address, billing_address, customer1,
    delivery_address2, billing_address2, customer2,
    delivery_address3, billing_address3, customer3,
    delivery_address4, billing_address4, customer4,
    order1, order_item1, order_item2, order_item3,
    order2, order_item4,
    order3, order_item5, order_item6,
    order4, order_item7, order_item8, order_item9, order_item10
])

session.commit()
session.close()

def order_to_access_all():
    session = Session()

    orders = session.query(Order).all()

    for order in orders:
        items = []
        for item in order.order_items:
            items.append(item.product_name)
        print({
            "order_items": items,
            "Customer_Name": order.customer.name,
            "Delivery_City": order.customer.delivery_address.city,
            "Delivery_Postal_Code": order.customer.delivery_address.postal_code
        })

    session.close()

def address_to_customer():
    session = Session()

    address = session.query(Address).all()

    for adres in address:
        customer = ""
        address_type = ""
        if adres.delivery_customer:
            customer:Customer = adres.delivery_customer[0]
            address_type = "delivery"
        else:
            customer:Customer = adres.billing_customer[0]
            address_type = "billing"
        
        print({
            "customer": customer.name,
            "address_type": address_type,
            "postal_code": adres.postal_code,
            "city": adres.city,
            "street": adres.street
        })

    session.close()

def main():
    order_to_access_all()
    print(50*"-")
    address_to_customer()

if __name__ == "__main__":
    main()
