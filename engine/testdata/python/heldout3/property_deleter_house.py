# source: jibunnoeiko/LearnPython Test/test_property.py (a read-only fahrenheit property, then House with price setter and deleter)
class Temperature():

    def __init__(self, celsius) -> None:
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return f'{self.celsius * 9 // 5 + 32}°F'


temp = Temperature(0)
temp.celsius = -15
print(temp.fahrenheit)
try:
    temp.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)

class House:

    def __init__(self, price):
        self._price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, new_price):
        if new_price > 0 and isinstance(new_price, float):
            self._price = new_price
        else:
            print("Please enter a valid price")

    @price.deleter
    def price(self):
        del self._price


house = House(50000.0)
house.price = 40000.0
house.price = 5
print(house.price)
del house.price
try:
    print(house.price)
except AttributeError as e:
    print("AttributeError:", e)
del temp.fahrenheit
