# source: district10/snippet-manager snippets/python-property.py (Celsius with property(get, set), then the @property/@setter form)
class Celsius:
    def __init__(self, temperature = 0):
        self.temperature = temperature
    def to_fahrenheit(self):
        return (self.temperature * 1.8) + 32
    def get_temperature(self):
        print("Getting value")
        return self._temperature
    def set_temperature(self, value):
        if value < -273:
            raise ValueError("Temperature below -273 is not possible")
        print("Setting value")
        self._temperature = value
    temperature = property(get_temperature,set_temperature)

c = Celsius()
print(c.temperature)
c.temperature = 37
print(c.to_fahrenheit())
print(c.__dict__, type(Celsius.temperature).__name__)

class Celsius:
    def __init__(self, temperature = 0):
        self._temperature = temperature
    def to_fahrenheit(self):
        return (self.temperature * 1.8) + 32
    @property
    def temperature(self):
        print("Getting value")
        return self._temperature
    @temperature.setter
    def temperature(self, value):
        if value < -273:
            raise ValueError("Temperature below -273 is not possible")
        print("Setting value")
        self._temperature = value

human = Celsius(37)
print(human.temperature)
print(human.to_fahrenheit())
human.temperature = -5.5
print(human.to_fahrenheit())
print(Celsius.temperature.fget.__name__, Celsius.temperature.fdel)
try:
    del human.temperature
except AttributeError as e:
    print("AttributeError:", e)
coldest_thing = Celsius(-300)
coldest_thing.temperature = -300
