import os
port = int(os.getenv("CASCADELAB_PORT_UNSET", "5432"))
debug = os.environ.get("CASCADELAB_DEBUG_UNSET", "false").lower() == "true"
print(port + 1, debug)
print(os.environ.get("CASCADELAB_X_UNSET") or "empty")
