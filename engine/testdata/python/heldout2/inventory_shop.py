# source: Item/Inventory classes (buy, earn, has_item) from a renpy inventory tutorial found by search; Player inventory in CS-1030-Hadzik/adventure-game
class Item:
    def __init__(self, name, cost, weight=1.0):
        self.name = name
        self.cost = cost
        self.weight = weight
    def __repr__(self):
        return f"Item({self.name!r}, {self.cost})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name
    __hash__ = None

class Inventory:
    def __init__(self, money=100, capacity=10.0):
        self.money = money
        self.capacity = capacity
        self.items = []
    def buy(self, item):
        if self.money < item.cost:
            print(f"  cannot afford {item.name} ({item.cost} > {self.money})")
            return False
        if self.weight + item.weight > self.capacity:
            print(f"  too heavy: {item.name}")
            return False
        self.money -= item.cost
        self.items.append(item)
        return True
    @property
    def weight(self):
        return sum(i.weight for i in self.items)
    def __contains__(self, item):
        return item in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items, key=lambda i: (-i.cost, i.name)))

shop = [Item("Spaghetti", 3), Item("Olives", 4, 0.5), Item("Chocolate", 11), Item("Anvil", 50, 9.0), Item("Sword", 80, 3)]
inv = Inventory()
for it in shop:
    print(it.name, inv.buy(it), inv.money, round(inv.weight, 2))
print(len(inv), Item("Olives", 0) in inv, Item("Sword", 0) in inv, list(inv))
try:
    hash(shop[0])
except TypeError as e:
    print("TypeError:", e)
print(shop.index(Item("Anvil", 1)), shop.count(Item("Olives", 9)), Item.__hash__)
