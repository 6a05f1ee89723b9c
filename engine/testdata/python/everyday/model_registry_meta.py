class Column:
    def __init__(self, type_, primary_key=False, nullable=True, default=None):
        self.type, self.primary_key, self.nullable, self.default = type_, primary_key, nullable, default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} cannot be None")
        if value is not None and not isinstance(value, self.type):
            raise TypeError(f"{self.name} expects {self.type.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __repr__(self):
        return f"Column({self.type.__name__}, name={self.name!r})"


class Model:
    __tablename__ = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.__columns__ = {k: v for k, v in vars(cls).items() if isinstance(v, Column)}
        if cls.__tablename__ is None:
            cls.__tablename__ = cls.__name__.lower() + "s"

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            if k not in self.__columns__:
                raise TypeError(f"{k!r} is an invalid keyword argument for {type(self).__name__}")
            setattr(self, k, v)

    def __repr__(self):
        cols = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__columns__)
        return f"{type(self).__name__}({cols})"


class User(Model):
    id = Column(int, primary_key=True)
    name = Column(str, nullable=False)
    email = Column(str, default="")


class Post(Model):
    __tablename__ = "blog_posts"
    id = Column(int, primary_key=True)
    title = Column(str)


u = User(id=1, name="ann")
print(u, User.__tablename__, Post.__tablename__, list(User.__columns__), User.name)
for bad in [dict(name=None), dict(id="1"), dict(nick="x")]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Post(title="Hi"), u.__dict__, [c for c in Post.__columns__.values() if c.primary_key])
