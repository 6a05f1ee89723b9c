# The collections' types: C types ('collections.deque') and Python classes ('Counter').
import collections
objs = [collections.deque([1, 2]), collections.Counter("abca"), collections.OrderedDict(a=1), collections.defaultdict(list), collections.ChainMap({"a": 1})]
for o in objs:
    for name in ("nosuch", "append", "most_common", "move_to_end", "default_factory", "maps", "__nosuch__"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
for t in (collections.deque, collections.Counter, collections.OrderedDict, collections.defaultdict):
    try:
        t.nosuch
    except AttributeError as e:
        print(e)
