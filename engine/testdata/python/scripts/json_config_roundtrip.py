import json
config = {"name": "app", "debug": False, "ports": [80, 443], "db": {"url": "sqlite://", "pool": None}}
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == config, back["db"]["pool"], type(back["ports"]).__name__)
