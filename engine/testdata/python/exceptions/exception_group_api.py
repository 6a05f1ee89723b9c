def show(x):
    print(type(x).__name__, repr(x), str(x))
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
show(eg)
show(ExceptionGroup("one", (KeyError("k"),)))
show(BaseExceptionGroup("b", [ValueError(1)]))
show(BaseExceptionGroup("b", [KeyboardInterrupt()]))
print(eg.message, eg.exceptions, eg.args)
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m"),
            lambda: ExceptionGroup("m", [ValueError()], 3), lambda: ExceptionGroup("m", {ValueError()}), lambda: ExceptionGroup("m", [ValueError], )]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
show(m); show(r)
print(eg.split(OSError))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup((ValueError, TypeError)) is eg)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
d = eg.derive([KeyError(3)])
show(d)
eg.add_note("note!")
eg.__cause__ = RuntimeError("c")
m, r = eg.split(ValueError)
print(m.__notes__, repr(m.__cause__))
try:
    eg.split(1)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
show(me); print(me.split(ValueError))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
