import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="${levelname}:${name}:${message}", style="$")
logging.debug("dollar style")
logging.getLogger("x.y").info("child %s", "logger")
root = logging.getLogger()
print(type(root.handlers[0].formatter._style).__name__, root.handlers[0].formatter._fmt)
logging.basicConfig(stream=sys.stdout, format="{message}", style="{", force=True)
logging.warning("brace after force")
print(len(root.handlers), root.handlers[0].formatter._fmt)
for kw in [{"style": "#"}, {"format": "no field", "force": True}, {"format": "none", "style": "{", "force": True}]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError", e)
logging.basicConfig(force=True, stream=sys.stdout)
logging.error("default format")
