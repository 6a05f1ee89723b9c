import sys, os
sys.path.insert(0, os.path.join("/srv", "app"))
sys.path.append("lib")
sys.path.extend(["x", "y"])
sys.path += ["z"]
print(isinstance(sys.path, list), type(sys.path).__name__, "ok")
