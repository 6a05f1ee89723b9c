import os
print(os.environ.get("CASCADELAB_SURELY_UNSET"), os.environ.get("CASCADELAB_SURELY_UNSET", "default"))
print(os.getenv("CASCADELAB_SURELY_UNSET", "fallback"), os.getenv("CASCADELAB_SURELY_UNSET"))
print("CASCADELAB_SURELY_UNSET" in os.environ)
DB_URL = os.environ.get("DATABASE_URL", "sqlite:///:memory:")
print(DB_URL)
