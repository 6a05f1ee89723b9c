# source: https://github.com/yaosir0317/Darily/blob/e78b362eef3bfdb80386efd2e808c58d567646f4/sqlachemy/sqlalchemy_dir/many_update.py
# changes: the code of sqlachemy/sqlalchemy_dir/many_create.py (same repository) inlined in place of the `from ... many_create import ...` lines; the author's sqlachemy/sqlalchemy_dir/many_insert.py run first (it fills the tables this script reads); database URL 'mysql+pymysql://root:@127.0.0.1:3306/db2019?charset=utf8' -> 'sqlite://'
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy import Column
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import ForeignKey
from sqlalchemy import create_engine
from sqlalchemy.orm import relationship

Base = declarative_base()


class Student(Base):
    __tablename__ = "student"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(32), index=True)
    school_id = Column(Integer, ForeignKey("school.id"))
    student2school = relationship("School", backref="student2school")


class School(Base):
    __tablename__ = "school"
    id = Column(Integer, primary_key=True, autoincrement=True)
    name = Column(String(32))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

from sqlalchemy.orm import sessionmaker


Session = sessionmaker(engine)
db_session = Session()

# 添加数据
sch_obj = School(name="家里蹲")
db_session.add(sch_obj)
db_session.commit()

school = db_session.query(School).filter(School.name == "家里蹲").first()
stu_obj = Student(name="yao", school_id=school.id)
db_session.add(stu_obj)
db_session.commit()
db_session.close()

# 通过relationshi正向添加
stu_obj = Student(name="yaoshao", student2school=School(name="蹲家里"))
db_session.add(stu_obj)
db_session.commit()
db_session.close()

# 通过relationship反向添加
sch_obj = School(name="蹲")
sch_obj.student2school = [Student(name="y1"), Student(name="y2")]
db_session.add(sch_obj)
db_session.commit()
db_session.close()

from sqlalchemy.orm import sessionmaker


Session = sessionmaker(engine)
db_session = Session()

sch = db_session.query(School).filter(School.name == "123").first()
stu = db_session.query(Student).filter(Student.name == "yaoshao").update({"school_id": sch.id})
db_session.commit()
db_session.close()
