# source: merge(defaults, override) in duminghui/pos-stake-service src/config.py and catrossim/awesome-python-webapp www/config.py
import copy
import json

DEFAULTS = {
    "db": {"host": "localhost", "port": 5432, "options": {"timeout": 30, "ssl": False}},
    "debug": False,
    "features": ["a", "b"],
}
OVERRIDE = {"db": {"host": "db.internal", "options": {"ssl": True}}, "debug": True, "extra": None}

def merge(defaults, override):
    r = {}
    for k, v in defaults.items():
        if k in override:
            if isinstance(v, dict):
                r[k] = merge(v, override[k])
            else:
                r[k] = override[k]
        else:
            r[k] = v
    return r

class Dict(dict):
    def __init__(self, names=(), values=(), **kw):
        super().__init__(**kw)
        for k, v in zip(names, values):
            self[k] = v
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(r"'Dict' object has no attribute '%s'" % key)
    def __setattr__(self, key, value):
        self[key] = value

def to_dict(d):
    D = Dict()
    for k, v in d.items():
        D[k] = to_dict(v) if isinstance(v, dict) else v
    return D

merged = merge(DEFAULTS, OVERRIDE)
print(json.dumps(merged, sort_keys=True))
cfg = to_dict(merged)
print(cfg.db.host, cfg.db.options.ssl, cfg.debug, type(cfg.db).__name__)
cfg.name = "app"
print(cfg["name"], "name" in cfg, len(cfg))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(cfg, "nope", "default"), hasattr(cfg, "db"))
deep = copy.deepcopy(DEFAULTS)
deep["db"]["options"]["timeout"] = 5
print(DEFAULTS["db"]["options"]["timeout"], deep["db"]["options"])
print(Dict(("a", "b"), (1, 2), c=3))
