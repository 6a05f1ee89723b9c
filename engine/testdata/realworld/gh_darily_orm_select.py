# source: https://github.com/yaosir0317/Darily/blob/e78b362eef3bfdb80386efd2e808c58d567646f4/sqlachemy/sqlalchemy_dir/orm_select.py
# changes: the code of sqlachemy/sqlalchemy_dir/main.py (same repository) inlined in place of the `from ... main import ...` lines; the author's sqlachemy/sqlalchemy_dir/orm_insert.py run first (it fills the tables this script reads); database URL 'mysql+pymysql://root:@127.0.0.1:3306/db2019?charset=utf8' -> 'sqlite://'
# 导入SQLAlchemy
from sqlalchemy.ext.declarative import declarative_base

# 导入数据库连接引擎
from sqlalchemy import create_engine

# 导入ORM对应数据库数据类型的字段
from sqlalchemy import Column
from sqlalchemy import Integer
from sqlalchemy import String

# 创建ORM模型基类
Base = declarative_base()


# 创建ORM对象
class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(32), index=True)
    age = Column(Integer, index=True)


# 创建数据库连接
engine = create_engine("sqlite://")

# 数据库中创建User对应的表
# 去engine数据库中创建所有继承Base的ORM对象类

Base.metadata.create_all(engine)

# 想要操纵数据库 打开数据库连接
from sqlalchemy.orm import sessionmaker
# 引入创建好的连接引擎


# 创建会话窗口
Session = sessionmaker(engine)
# 打开会话窗口
db_session = Session()

# # 增加单条数据
# user_obj = User(name="yao", age=18)
# # 通过打开的会话窗口提交数据
# db_session.add(user_obj)
# # 执行会话窗口的操作
# db_session.commit()
# # 关闭会话窗口
# db_session.close()

db_session.add_all([
    User(name="y1", age=19),
    User(name="y2", age=20),
    User(name="y3", age=21)
])
# 执行会话窗口的操作
db_session.commit()
# 关闭会话窗口
db_session.close()

# 想要操纵数据库 打开数据库连接
from sqlalchemy.orm import sessionmaker
# 引入创建好的连接引擎与表

Session = sessionmaker(engine)
db_session = Session()

# # 简单查询
# user_list = db_session.query(User).all()
# for user in user_list:
#     print(user.name, user.age)
#
# user = db_session.query(User).first()
# print(user.name, user.age)
#
# # 带条件的查询
# user_list = db_session.query(User).filter(User.id == 1).all()
# print(user_list[0].name, user_list[0].age)
#
# user = db_session.query(User).filter_by(id=1).first()
# print(user.name, user.age)
#
# user_list = db_session.query(User).filter(User.id <= 2).all()
# for user in user_list:
#     print(user.name, user.age)
#
# # 查看查询的sql语句
# sql = db_session.query(User).filter(User.id >= 2)
# print(sql)

# 高级查询
# and or

# from sqlalchemy.sql import and_
# from sqlalchemy.sql import or_
# user_list1 = db_session.query(User).filter(and_(User.id >= 2, User.age >= 20)).all()
# user_list2 = db_session.query(User).filter(or_(User.id >= 2, User.age >= 20)).all()


# # 查询数据 指定查询数据列 加入别名
# r2 = db_session.query(User.name.label('username'), User.id).first()
# # 此时r2.name的别名为r2.username, r2.name就不能再使用了
# print(r2.id, r2.username)

# 原生SQL筛选条件
from sqlalchemy.sql import text
# r7 = db_session.query(User).from_statement(text("SELECT * FROM User where name=:name")).params(name='y1').all()
# print(r7[0].name)

# 字符串匹配方式筛选条件 并使用 order_by进行排序
r6 = db_session.query(User).filter(text("id<:value and name=:name")).params(value=224, name='DragonFire').order_by(User.id).all()

# query的时候我们不在使用User ORM对象,而是使用User.name来对内容进行选取
user_list = db_session.query(User.name).all()
