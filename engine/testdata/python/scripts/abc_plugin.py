from abc import ABC, abstractmethod
class Exporter(ABC):
    @abstractmethod
    def render(self, data): ...
    def export(self, data):
        return f"<{self.render(data)}>"
class Upper(Exporter):
    def render(self, data):
        return data.upper()
print(Upper().export("ok"))
try:
    Exporter()
except TypeError as e:
    print(type(e).__name__)
