import os

print(os.environ.get("APP_MODE", "dev"), os.getenv("PORT", 8000), type(os.getenv("PORT", 8000)).__name__)
os.environ["APP_MODE"] = "prod"
print(os.environ["APP_MODE"], os.getenv("APP_MODE"), "APP_MODE" in os.environ)
os.environ.setdefault("LEVEL", "info")
os.environ.setdefault("LEVEL", "debug")
print(os.environ["LEVEL"], os.environ.pop("LEVEL"), os.environ.get("LEVEL"))
try:
    os.environ["N"] = 5
except TypeError as e:
    print("TypeError:", e)
del os.environ["APP_MODE"]
print(os.getenv("APP_MODE"), os.environ.get("APP_MODE") is None)
try:
    del os.environ["APP_MODE"]
except KeyError as e:
    print("KeyError:", e)
debug = os.environ.get("DEBUG", "false").lower() in ("1", "true", "yes")
port = int(os.environ.get("PORT", "5000"))
print(debug, port, os.sep, os.linesep == "\n", os.name, os.path.join("a", "b", "c.txt"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.splitext("arch.tar.gz"), os.path.split("/a/b"))
print(os.path.normpath("a//b/../c/."), os.path.isabs("/x"), os.path.join("/a", "/b"), os.path.join("a", ""))
