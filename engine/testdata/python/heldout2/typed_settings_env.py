# source: settings classes that read typed values from os.environ with defaults and casting (pydantic-less config in small services)
import os

class Setting:
    def __init__(self, default, cast=str):
        self.default = default
        self.cast = cast
    def __set_name__(self, owner, name):
        self.name = name
        self.env = f"APP_{name.upper()}"
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        raw = os.environ.get(self.env)
        if raw is None:
            return self.default
        return self.cast(raw)

def as_bool(v):
    return str(v).strip().lower() in {"1", "true", "yes", "on"}

class Settings:
    debug = Setting(False, as_bool)
    port = Setting(8000, int)
    name = Setting("demo")
    hosts = Setting(["localhost"], lambda s: [h.strip() for h in s.split(",")])
    def __repr__(self):
        fields = [k for k, v in vars(type(self)).items() if isinstance(v, Setting)]
        return "Settings(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in fields) + ")"

s = Settings()
print(s)
print(Settings.port.env, Settings.hosts.name, type(Settings.debug).__name__)
print(os.getenv("APP_PORT"), os.getenv("APP_PORT", "8080"), os.environ.get("HOME_NOT_SET", "-"))
os.environ["APP_PORT"] = "9001"
os.environ["APP_DEBUG"] = "Yes"
os.environ["APP_HOSTS"] = "a.example, b.example ,c"
print(s)
print("APP_PORT" in os.environ, os.environ["APP_PORT"], os.environ.pop("APP_PORT"), s.port)
del os.environ["APP_DEBUG"]
print(s.debug, [as_bool(v) for v in ("on", "0", " TRUE ", "", None)])
try:
    os.environ["X"] = 5
except TypeError as e:
    print("TypeError:", e)
