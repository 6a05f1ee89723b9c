from dataclasses import dataclass, field, fields, KW_ONLY
from typing import ClassVar
@dataclass
class Config:
    registry: ClassVar[dict] = {}
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = field(default=1, kw_only=False)
c = Config("app", 3, debug=True)
print(c, [f.name for f in fields(c)], Config.registry)
print(Config.__match_args__)
try:
    Config("app", 3, True)
except TypeError as e:
    print("TypeError", e)
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(b=3, a=1), Opts.__match_args__)
print(Opts.b, Config.debug, hasattr(Config, "name"))
