# expect: refusal the __dict__ of class Registry, which derives from dict
class Registry(dict):
    pass
print(Registry.__dict__)
