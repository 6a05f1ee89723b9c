# source: the __init_subclass__ plugin registry of "Python 3.6+ class customisation" posts (subclasses register themselves by a keyword argument)
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Lazy(Plugin):
    pass


print(sorted(Plugin.registry))
for key, cls in Plugin.registry.items():
    try:
        print(key, cls().run("Hello"))
    except NotImplementedError as e:
        print(key, "NotImplementedError:", e)
try:
    class Upper2(Plugin, name="upper"):
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Plugin.__subclasses__(), [c.__name__ for c in Plugin.__subclasses__()])
