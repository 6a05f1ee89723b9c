import json
import os

env = os.environ
print(isinstance(env, dict), type(env).__name__, type(env).__module__)
print(issubclass(type(env), dict), isinstance(env, (list, dict)), isinstance(env, object))
env["APP_X"] = "1"
print(dict(env) == {"APP_X": "1"} or "APP_X" in dict(env), {**env}.get("APP_X"), env.copy().get("APP_X"), type(env.copy()).__name__)
try:
    json.dumps(env)
except TypeError as e:
    print("TypeError", e)
del env["APP_X"]
