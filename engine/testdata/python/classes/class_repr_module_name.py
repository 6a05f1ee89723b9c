class Foo:
    pass
print(Foo, Foo.__module__, Foo().__class__.__module__)
print(type(Foo()), type(Foo()).__qualname__)
print(str(type(Foo())) == "<class '__main__.Foo'>")
