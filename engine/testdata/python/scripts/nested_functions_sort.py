def sort_people(people, by="age"):
    def key(p):
        return p[by], p["name"]
    return [p["name"] for p in sorted(people, key=key)]
people = [{"name": "b", "age": 30}, {"name": "a", "age": 30}, {"name": "c", "age": 20}]
print(sort_people(people), sort_people(people, by="name"))
