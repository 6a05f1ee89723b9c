class ConfigError(Exception):
    pass
print("before")
raise ConfigError("missing key")
