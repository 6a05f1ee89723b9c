class Abstract:
    def run(self):
        raise NotImplementedError
try:
    Abstract().run()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(issubclass(NotImplementedError, RuntimeError))
Abstract().run()
