class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
print(Child.create(), Base.create())
