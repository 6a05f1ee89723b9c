# source: SemanticVersion.parse in xpodev/ez-web src/modules/utilities/semver.py; total_ordering Version in AndreyVanyuck/LeverX-Python-Courses-2020
from functools import total_ordering
from itertools import zip_longest

@total_ordering
class Version:
    def __init__(self, text):
        core, _, self.build = text.partition("+")
        core, _, self.pre = core.partition("-")
        self.parts = tuple(int(p) for p in core.split("."))
    def _key(self):
        return (self.parts, self.pre == "", self.pre)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return all(a == b for a, b in zip_longest(self.parts, other.parts, fillvalue=0)) and self.pre == other.pre
    def __lt__(self, other):
        for a, b in zip_longest(self.parts, other.parts, fillvalue=0):
            if a != b:
                return a < b
        if self.pre and not other.pre:
            return True
        if not self.pre and other.pre:
            return False
        return self.pre < other.pre
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        s = ".".join(map(str, self.parts))
        if self.pre:
            s += f"-{self.pre}"
        if self.build:
            s += f"+{self.build}"
        return f"Version('{s}')"

vs = [Version(v) for v in ["1.10.0", "1.2.0", "1.2", "1.2.0-rc.1", "1.2.0-beta", "0.9.9+build.7", "2.0.0-alpha"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2.0"), Version("1.2") <= Version("1.2.0"), Version("1.3") >= Version("1.10"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1.0") < "1.0"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(len({Version("1.2"), Version("1.2.0"), Version("1.2.0-rc.1")}))
