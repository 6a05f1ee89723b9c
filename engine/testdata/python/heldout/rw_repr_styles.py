# plain-Python parts of realworld scripts: the __repr__ styles models use
class User:
    def __init__(self, id, name, fullname, nickname=None, age=None):
        self.id, self.name, self.fullname, self.nickname, self.age = id, name, fullname, nickname, age
    def __repr__(self):
        return "<User(name='%s', fullname='%s', nickname='%s')>" % (self.name, self.fullname, self.nickname)
class Address:
    def __init__(self, id, email_address, city=None):
        self.id, self.email_address, self.city = id, email_address, city
    def __repr__(self):
        return f"Address(id={self.id!r}, email_address={self.email_address!r})"
class Topic:
    def __init__(self, id, title):
        self.id, self.title = id, title
    def __repr__(self):
        return "<Topic(id={self.id}, " \
               "title='{self.title}')>".format(self=self)
class Employee:
    def __init__(self, emp, left, right):
        self.emp, self.left, self.right = emp, left, right
    def __repr__(self):
        return "Employee(%s, %d, %d)" % (self.emp, self.left, self.right)
class Tag:
    def __init__(self, name, users):
        self.name, self.users = name, users
    def __repr__(self):
        return "<Tag:%s (%s)>" % (self.name, [x.name for x in self.users])
u = User(1, "ed", "Ed Jones", "eddie")
print(u, [u, User(2, "wendy", "Wendy Williams")])
print(Address(1, "ed@x.com"), [Address(2, None)])
print(Topic(3, "Intro"), Employee("ed", 1, 4), Tag("py", [u]))
print("%s(street=%r, city=%r, zip=%r)" % ("Address", "1 Main", None, 12345))
print('Author(%s)' % repr("O'Brien"), repr('say "hi"'), repr("both ' and \""), "User <username: {}>".format(None))
print("question(id=%r, n_tag=%r)" % (1, len([1, 2])))
