# source: norrisaftcc/csc134_24sp 0001/M3/m3lab1_python.py (the InventoryItem dataclass from the dataclasses docs, printed and totalled)
from dataclasses import dataclass

@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


def main():
    bread = InventoryItem("bread", 2.99, 1)
    print(bread)
    print("$", bread.total_cost())
    hammers = InventoryItem('hammers', unit_price=10.49, quantity_on_hand=12)
    print(f"total: {hammers.total_cost()}")
    print(f"total: {hammers.total_cost():.2f}")
    print(InventoryItem.__doc__)
    print(hammers == InventoryItem('hammers', 10.49, 12), hammers.__dict__)
    print(InventoryItem.__init__.__annotations__ if hasattr(InventoryItem.__init__, '__annotations__') else None)


main()
