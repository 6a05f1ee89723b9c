class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
b = Box([])
if not b:
    print("empty box")
print(bool(Box([1])), "yes" if Box([0]) else "no")
while Box([]):
    break
print(all([Box([1]), Box([2])]), any([Box([])]))
