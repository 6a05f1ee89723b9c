class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Leaf, Mid, Base):
    try:
        raise cls("x")
    except Leaf:
        print("Leaf handler", cls.__name__)
    except Mid:
        print("Mid handler", cls.__name__)
    except Base:
        print("Base handler", cls.__name__)
print([c.__name__ for c in Leaf.__mro__])
