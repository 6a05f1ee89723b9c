class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["a"] is A)
