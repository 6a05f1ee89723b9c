# source: plugin registries via __init_subclass__ and a class-level dict (exporters/handlers looked up by name)
class Exporter:
    registry = {}
    extension = None
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower().removesuffix("exporter")
        if key in Exporter.registry:
            raise ValueError(f"duplicate exporter {key!r}")
        Exporter.registry[key] = cls
    @classmethod
    def for_name(cls, name):
        try:
            return cls.registry[name]()
        except KeyError:
            raise LookupError(f"no exporter named {name!r}; have {sorted(cls.registry)}") from None
    def export(self, rows):
        raise NotImplementedError(f"{type(self).__name__}.export")

class CSVExporter(Exporter):
    extension = "csv"
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class TSVExporter(CSVExporter, name="tsv"):
    extension = "tsv"
    def export(self, rows):
        return super().export(rows).replace(",", "\t")

class MarkdownExporter(Exporter, name="md"):
    extension = "md"
    def export(self, rows):
        head, *body = rows
        lines = ["| " + " | ".join(map(str, head)) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)

class Broken(Exporter):
    pass

rows = [("id", "name"), (1, "ann"), (2, "bob")]
print(sorted(Exporter.registry), Exporter.registry["csv"].__mro__)
for name in ("csv", "tsv", "md"):
    ex = Exporter.for_name(name)
    print(f"--- {name} ({ex.extension}, {type(ex).__qualname__})")
    print(ex.export(rows))
for name in ("xml", "broken"):
    try:
        Exporter.for_name(name).export(rows)
    except (LookupError, NotImplementedError) as e:
        print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
try:
    class Again(Exporter, name="md"):
        pass
except ValueError as e:
    print("ValueError:", e)
print(issubclass(TSVExporter, CSVExporter), isinstance(Exporter.for_name("tsv"), CSVExporter))
