# plain-Python parts of realworld scripts: a ReprMixin built from a column list (gh_mishyn_insert_update_delete)
class ReprMixin:
    _columns = ()
    def __repr__(self):
        kw_str = ', '.join([f'{k}={getattr(self, k)}' for k in self._columns])
        return f'{self.__class__.__name__}({kw_str})'
class Class(ReprMixin):
    _columns = ("id", "name")
    def __init__(self, id, name):
        self.id, self.name = id, name
class User(ReprMixin):
    _columns = ("id", "name", "class_id", "score")
    def __init__(self, id, name, class_id=None, score=0.0):
        self.id, self.name, self.class_id, self.score = id, name, class_id, score
def print_classes(classes):
    print('classes')
    for c in classes:
        print(c.name)
def print_users(users):
    print('users')
    for u in users:
        print(u)
cs = [Class(1, "math"), Class(2, "art")]
us = [User(1, "ann", 1, 9.5), User(2, "bob", None), User(3, "cid", 2, 1e-3)]
print_classes(cs)
print_users(us)
us[1].class_id = 2
us.remove(us[0])
print_users(us)
print(repr(cs), str(us[0]))
