from dataclasses import dataclass, field
@dataclass
class Temperature:
    celsius: float
    label: str = field(default="", compare=False)
    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")
        if not self.label:
            self.label = f"{self.celsius:.1f}C"
t = Temperature(21.5)
print(t, t == Temperature(21.5, "x"))
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError", e)
Temperature()
