# source: https://devgem.io/posts/how-to-correctly-define-a-primary-key-in-sqlalchemy-with-sqlite-backend ("Understanding the Problem")
# changes: the CREATE TABLE the page shows printed with CreateTable(...) for the sqlite dialect, then create_all on an in-memory engine added
import datetime
from typing import Optional
 
from sqlalchemy import String, TIMESTAMP, Integer
from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.schema import CreateTable
from typing_extensions import Annotated
 
timestamp = Annotated[datetime.datetime, mapped_column(nullable=False, server_default=func.CURRENT_TIMESTAMP()),]
 
class Base(DeclarativeBase):
    type_annotation_map = {datetime.datetime: TIMESTAMP(timezone=True), }
 
class UserClass(Base):
    __tablename__ = "user"
 
    id: Mapped[Integer] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50))
    fullname: Mapped[Optional[str]] = mapped_column(String(50), nullable=False)
    nickname: Mapped[Optional[str]] = mapped_column(String(30))
    date: Mapped[datetime.datetime]
    status: Mapped[str]
    created_at: Mapped[timestamp] = mapped_column(server_default=func.UTC_TIMESTAMP())
    updated_at: Mapped[timestamp] = mapped_column(server_default=func.UTC_TIMESTAMP())

print(CreateTable(UserClass.__table__).compile(dialect=sqlite.dialect()))
from sqlalchemy import create_engine
Base.metadata.create_all(create_engine("sqlite://"))
