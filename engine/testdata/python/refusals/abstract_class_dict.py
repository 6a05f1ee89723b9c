# expect: refusal the __dict__ of abstract class Shape
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
print(vars(Shape).keys())
