config = {"db": {"host": "x", "port": 1}}
config["db"]["port"] += 1
config.get("cache", {})["size"] = 5
print(config)
print(config.get("db", {}).get("host"), config.get("nope", {}).get("host"))
