# type() of a standard library object is the module's class: identity, isinstance, repr, __module__.
import uuid, collections, functools, io, textwrap, contextlib, enum, time, warnings, decimal, datetime, re
pairs = [(uuid.UUID, uuid.UUID(int=1)), (collections.deque, collections.deque()), (functools.partial, functools.partial(print)),
         (io.StringIO, io.StringIO()), (io.BytesIO, io.BytesIO()), (textwrap.TextWrapper, textwrap.TextWrapper()),
         (contextlib.suppress, contextlib.suppress()), (contextlib.nullcontext, contextlib.nullcontext()), (time.struct_time, time.gmtime(0)),
         (decimal.Decimal, decimal.Decimal(1)), (datetime.date, datetime.date(2020, 1, 1)), (re.Pattern, re.compile("a")), (enum.auto, enum.auto()),
         (warnings.catch_warnings, warnings.catch_warnings()), (collections.Counter, collections.Counter()), (collections.OrderedDict, collections.OrderedDict()),
         (functools.cached_property, functools.cached_property(len))]
for T, x in pairs:
    print(repr(T), T.__name__, T.__qualname__, T.__module__, type(x) is T, isinstance(x, T), repr(type(x)))
print(type(iter([])) is type(iter([])), type(iter({})) is type(iter([])), type(reversed([])) is type(reversed([1])))
print(int.__module__, str.__module__, dict.__module__, object.__module__)
print(isinstance(io.StringIO(), (int, io.StringIO)), isinstance(functools.partial(len), io.StringIO))
