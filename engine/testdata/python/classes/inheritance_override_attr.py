class A:
    greeting = "hi"
    def greet(self):
        return self.greeting + " from " + type(self).__name__
class B(A):
    greeting = "yo"
print(A().greet(), B().greet())
print(B.__base__.__name__, [c.__name__ for c in A.__subclasses__()])
