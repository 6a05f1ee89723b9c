# source: menu/category trees serialised to nested JSON (recursive to_dict with children, json.dumps indent) in CMS backends
import json

class Category:
    def __init__(self, name, slug=None, parent=None):
        self.name = name
        self.slug = slug or name.lower().replace(" ", "-")
        self.children = []
        self.parent = parent
        if parent:
            parent.children.append(self)
    def to_dict(self):
        d = {"name": self.name, "slug": self.slug}
        if self.children:
            d["children"] = [c.to_dict() for c in self.children]
        return d
    @property
    def path(self):
        node, parts = self, []
        while node:
            parts.append(node.slug)
            node = node.parent
        return "/" + "/".join(reversed(parts))
    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)
    @classmethod
    def from_dict(cls, d, parent=None):
        node = cls(d["name"], d["slug"], parent)
        for c in d.get("children", []):
            cls.from_dict(c, node)
        return node

root = Category("Shop")
books = Category("Books", parent=root)
Category("Science Fiction", parent=books)
Category("History", "hist", parent=books)
Category("Music", parent=root)
text = json.dumps(root.to_dict(), indent=2)
print(text)
clone = Category.from_dict(json.loads(text))
for depth, node in clone.walk():
    print("  " * depth + f"- {node.name} ({node.path})")
print(clone.to_dict() == root.to_dict(), sum(1 for _ in root.walk()), max(d for d, _ in root.walk()))
