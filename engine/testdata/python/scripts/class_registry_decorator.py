REGISTRY = {}
def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.kind = name
        return cls
    return deco
@register("csv")
class CsvExporter:
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)
@register("tsv")
class TsvExporter(CsvExporter):
    def export(self, rows):
        return super().export(rows).replace(",", "\t")
for name in sorted(REGISTRY):
    print(name, repr(REGISTRY[name]().export([(1, 2), (3, 4)])))
