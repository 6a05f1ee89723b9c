# plain-Python parts of realworld scripts: building seed data
import random
from datetime import date, timedelta
random.seed(42)
first = ["Ann", "Bob", "Cid", "Dee", "Eve"]
last = ["Smith", "Jones", "Brown"]
cities = ["Paris", "Rome", "Oslo"]
people = []
for i in range(6):
    f, l = random.choice(first), random.choice(last)
    people.append({"id": i + 1, "name": f"{f} {l}", "email": f"{f.lower()}.{l.lower()}@example.com",
                   "age": random.randint(18, 80), "city": random.choice(cities),
                   "joined": date(2020, 1, 1) + timedelta(days=random.randrange(1000)),
                   "score": round(random.uniform(0, 100), 2)})
for p in people:
    print(p)
print(random.sample(range(100), 5), random.random())
items = list(range(10))
random.shuffle(items)
print(items, random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.getrandbits(16), random.randrange(0, 100, 5), random.gauss(0, 1))
