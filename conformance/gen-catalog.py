#!/usr/bin/env python3
"""Write engine/internal/catalog/catalog.txt: the public names of the real libraries.

    PYTHONPATH=/tmp/sa20/lib:/tmp/fsa/src:/tmp/sqlmodel python3 conformance/gen-catalog.py > engine/internal/catalog/catalog.txt

The engine provides part of SQLAlchemy and of Python. When a script asks for a name the engine does
not provide, this list tells the two cases apart: a name the real library has is refused honestly
(NotImplementedError: cascadelab does not support it), a name it lacks gets the real error
(AttributeError, ImportError), as CPython and SQLAlchemy would raise it.

Lines: `module NAME: names...` (dir() of a module), `type NAME: names...` (dir() of a class, keyed by
the class's __name__, the name the engine's objects report; classes sharing a name are merged, so a
name of either is refused honestly, never blamed on the script), `package NAME: submodules...`.
A type whose class answers any name through __getattr__ (InstrumentedAttribute, Row) is listed as `*`:
the catalog cannot tell what it lacks. Names starting with "_" are not listed: the engine refuses every such name it lacks as unsupported,
except `dunders NAME: names...`, the special names of Python's own types (dir() of the class).
"""
import builtins
import importlib
import pkgutil
import sys

import sqlalchemy

MODULES = """
sqlalchemy sqlalchemy.orm sqlalchemy.exc sqlalchemy.orm.exc sqlalchemy.engine sqlalchemy.event
sqlalchemy.events sqlalchemy.types sqlalchemy.schema sqlalchemy.sql sqlalchemy.sql.expression
sqlalchemy.sql.functions sqlalchemy.sql.sqltypes sqlalchemy.pool sqlalchemy.inspection
sqlalchemy.orm.session sqlalchemy.orm.decl_api sqlalchemy.orm.attributes sqlalchemy.orm.collections
sqlalchemy.orm.interfaces sqlalchemy.orm.relationships sqlalchemy.orm.properties sqlalchemy.orm.query
sqlalchemy.orm.scoping sqlalchemy.orm.strategy_options sqlalchemy.orm.base sqlalchemy.orm.mapper
sqlalchemy.ext sqlalchemy.ext.declarative sqlalchemy.ext.automap sqlalchemy.ext.associationproxy
sqlalchemy.ext.hybrid sqlalchemy.ext.orderinglist sqlalchemy.ext.mutable sqlalchemy.ext.compiler
sqlalchemy.ext.asyncio sqlalchemy.ext.horizontal_shard sqlalchemy.ext.baked sqlalchemy.ext.indexable
sqlalchemy.ext.serializer sqlalchemy.ext.instrumentation sqlalchemy.ext.mypy sqlalchemy.util
sqlalchemy.dialects sqlalchemy.dialects.sqlite sqlalchemy.dialects.postgresql sqlalchemy.dialects.mysql
sqlalchemy.engine.url sqlalchemy.engine.reflection sqlalchemy.engine.base sqlalchemy.engine.result
flask_sqlalchemy flask_sqlalchemy.model flask_sqlalchemy.session flask_sqlalchemy.query flask
sqlmodel
abc argparse array ast asyncio base64 bisect calendar collections collections.abc contextlib copy
csv dataclasses datetime decimal enum fractions functools gc hashlib heapq inspect io itertools json
logging math operator os os.path pathlib pickle pprint random re secrets shutil sqlite3 statistics
string struct subprocess sys tempfile textwrap threading time timeit traceback types typing
typing_extensions unittest uuid warnings weakref zoneinfo __future__
""".split()

# The engine's host objects report these names (TypeName); the real classes behind them.
TYPES = """
sqlalchemy.engine.Engine sqlalchemy.engine.Connection sqlalchemy.engine.CursorResult
sqlalchemy.engine.Result sqlalchemy.engine.ScalarResult sqlalchemy.engine.MappingResult
sqlalchemy.engine.Row sqlalchemy.engine.RowMapping sqlalchemy.engine.reflection.Inspector
sqlalchemy.engine.URL sqlalchemy.engine.Transaction sqlalchemy.engine.RootTransaction
sqlalchemy.orm.Session sqlalchemy.orm.sessionmaker sqlalchemy.orm.scoped_session
sqlalchemy.orm.SessionTransaction sqlalchemy.orm.Query sqlalchemy.orm.Mapper
sqlalchemy.orm.registry sqlalchemy.orm.InstanceState sqlalchemy.orm.AttributeState
sqlalchemy.orm.attributes.History sqlalchemy.orm.InstrumentedAttribute
sqlalchemy.orm.collections.InstrumentedList sqlalchemy.orm.collections.InstrumentedSet
sqlalchemy.orm.collections.InstrumentedDict sqlalchemy.orm.RelationshipProperty
sqlalchemy.orm.ColumnProperty sqlalchemy.orm.dynamic.AppenderQuery
sqlalchemy.orm.writeonly.WriteOnlyCollection sqlalchemy.orm.RelationshipDirection
sqlalchemy.util.IdentitySet sqlalchemy.util.Properties
sqlalchemy.sql.Select sqlalchemy.sql.Insert sqlalchemy.sql.Update sqlalchemy.sql.Delete
sqlalchemy.sql.expression.TextClause sqlalchemy.sql.expression.BinaryExpression
sqlalchemy.sql.expression.BooleanClauseList sqlalchemy.sql.expression.UnaryExpression
sqlalchemy.sql.expression.Label sqlalchemy.sql.expression.Case sqlalchemy.sql.expression.Exists
sqlalchemy.sql.expression.Subquery sqlalchemy.sql.expression.Alias sqlalchemy.sql.expression.ColumnClause
sqlalchemy.sql.expression.BindParameter sqlalchemy.sql.expression.ScalarSelect
sqlalchemy.sql.functions.Function sqlalchemy.sql.functions._FunctionGenerator
sqlalchemy.sql.base.ColumnCollection sqlalchemy.sql.base.ReadOnlyColumnCollection
sqlalchemy.Column sqlalchemy.Table sqlalchemy.MetaData sqlalchemy.ForeignKey
sqlalchemy.ForeignKeyConstraint sqlalchemy.UniqueConstraint sqlalchemy.PrimaryKeyConstraint
sqlalchemy.CheckConstraint sqlalchemy.Index
sqlalchemy.Integer sqlalchemy.BigInteger sqlalchemy.SmallInteger sqlalchemy.String sqlalchemy.Unicode
sqlalchemy.Text sqlalchemy.UnicodeText sqlalchemy.Boolean sqlalchemy.Float sqlalchemy.Numeric
sqlalchemy.Date sqlalchemy.DateTime sqlalchemy.Time sqlalchemy.LargeBinary sqlalchemy.Enum
sqlalchemy.Interval sqlalchemy.JSON sqlalchemy.Uuid sqlalchemy.PickleType
flask_sqlalchemy.SQLAlchemy flask.Flask flask.ctx.AppContext
sqlmodel.main.FieldInfo sqlmodel.main.RelationshipInfo
sqlite3.Connection sqlite3.Cursor
builtins.object builtins.type builtins.int builtins.float builtins.complex builtins.bool builtins.str
builtins.bytes builtins.bytearray builtins.list builtins.tuple builtins.dict builtins.set
builtins.frozenset builtins.range builtins.slice builtins.property builtins.super builtins.memoryview
builtins.BaseException builtins.Exception
types.NoneType types.FunctionType types.MethodType types.GeneratorType types.ModuleType
types.BuiltinFunctionType types.EllipsisType types.NotImplementedType
sqlalchemy.orm.DeclarativeBase
argparse.Namespace argparse.ArgumentParser
""".split()

# The standard library's objects the engine makes, each with an instance to read its names from
# (an instance carries what __init__ sets); their special names are listed as Python's own types'.
STDLIB = {
    "decimal.Decimal": "Decimal(1)", "datetime.datetime": "datetime.datetime(2020, 1, 2)",
    "datetime.date": "datetime.date(2020, 1, 2)", "datetime.time": "datetime.time(1)",
    "datetime.timedelta": "datetime.timedelta(1)", "datetime.timezone": "datetime.timezone.utc",
    "uuid.UUID": "uuid.UUID(int=5)", "pathlib.PurePosixPath": "pathlib.PurePosixPath('/a')",
    "pathlib.PosixPath": "pathlib.PosixPath('/a')", "pathlib.Path": "pathlib.Path('/a')", "pathlib.PurePath": "pathlib.PurePath('/a')", "re.Pattern": "re.compile('a')", "re.Match": "re.match('a', 'a')",
    "collections.deque": "collections.deque()", "collections.Counter": "collections.Counter()",
    "collections.OrderedDict": "collections.OrderedDict()", "collections.defaultdict": "collections.defaultdict(int)",
    "collections.ChainMap": "collections.ChainMap()", "hashlib.HASH": "hashlib.sha256()", "hmac.HMAC": "hmac.new(b'k', digestmod='sha256')",
    "io.StringIO": "io.StringIO()", "io.BytesIO": "io.BytesIO()", "functools.partial": "functools.partial(print)",
    "logging.Logger": "logging.Logger('x')", "logging.RootLogger": "logging.getLogger()",
    "logging.StreamHandler": "logging.StreamHandler()", "logging.Formatter": "logging.Formatter()",
    "random.Random": "random.Random()", "string.Template": "string.Template('a')", "string.Formatter": "string.Formatter()",
    "json.JSONEncoder": "json.JSONEncoder()", "time.struct_time": "time.gmtime(0)", "textwrap.TextWrapper": "textwrap.TextWrapper()",
    "operator.itemgetter": "operator.itemgetter(1)", "operator.attrgetter": "operator.attrgetter('a')",
    "operator.methodcaller": "operator.methodcaller('a')", "csv.writer": "csv.writer(io.StringIO())",
    "csv.reader": "csv.reader([])", "csv.DictWriter": "csv.DictWriter(io.StringIO(), [])", "csv.DictReader": "csv.DictReader([])",
    "itertools.count": "itertools.count()", "itertools.chain": "itertools.chain()", "itertools.islice": "itertools.islice([], 1)",
    "itertools.cycle": "itertools.cycle([])", "itertools.repeat": "itertools.repeat(1)", "itertools.groupby": "itertools.groupby([])",
    "itertools.product": "itertools.product()", "itertools.zip_longest": "itertools.zip_longest()",
    "builtins.map": "map(len, [])", "builtins.filter": "filter(None, [])", "builtins.zip": "zip()",
    "builtins.enumerate": "enumerate([])", "builtins.reversed": "reversed([])", "builtins.staticmethod": "staticmethod(len)",
    "builtins.classmethod": "classmethod(len)", "builtins.list_iterator": "iter([])", "builtins.dict_keys": "{}.keys()",
    "builtins.dict_values": "{}.values()", "builtins.dict_items": "{}.items()",
    "builtins.dict_keyiterator": "iter({})", "builtins.str_ascii_iterator": "iter('')",
    "builtins.tuple_iterator": "iter(())", "builtins.range_iterator": "iter(range(1))",
    "builtins.set_iterator": "iter(set())", "contextlib.suppress": "contextlib.suppress()",
    "os._Environ": "os.environ", "io.TextIOWrapper": "sys.stdout", "types.MappingProxyType": "type.__dict__",
}


def names(obj):
    # Private names (_x) and dunders are left out: the engine refuses every one it lacks honestly.
    return sorted(n for n in dir(obj) if not n.startswith("_"))


def load(dotted):
    if dotted.startswith("types."):
        return getattr(importlib.import_module("types"), dotted[6:])
    try:
        return importlib.import_module(dotted)
    except ImportError:
        mod, _, attr = dotted.rpartition(".")
        return getattr(importlib.import_module(mod), attr)


def stdlib_types():
    """(class, instance) of each STDLIB entry."""
    import collections, contextlib, csv, datetime, functools, hashlib, hmac, io, itertools, json, logging, operator, os, pathlib, random, re, string, textwrap, time, uuid  # noqa: F401
    from decimal import Decimal  # noqa: F401
    for dotted, make in STDLIB.items():
        obj = eval(make)
        yield type(obj), obj
        try:  # Path makes PosixPaths: the class scripts name is listed too
            cls = load(dotted)
        except (ImportError, AttributeError):
            continue
        if isinstance(cls, type) and cls is not type(obj) and isinstance(obj, cls):
            yield cls, obj


def tp_name(cls):
    """The name CPython's messages give the type (its tp_name): 'decimal.Decimal', 'Counter'."""
    try:
        getattr(cls, "catalog_probe_")
    except AttributeError as e:
        return str(e).split("'")[1]


def main():
    print("# generated by conformance/gen-catalog.py from SQLAlchemy %s, Python %d.%d: do not edit" % (sqlalchemy.__version__, *sys.version_info[:2]))
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ImportError as e:
            sys.exit("cannot import %s: %s" % (m, e))
        print("module %s: %s" % (m, " ".join(names(mod))))
    print("module builtins: %s" % " ".join(names(builtins)))
    merged, open_ = {}, set()
    for t in TYPES:
        cls = load(t)
        merged.setdefault(cls.__name__, set()).update(names(cls))
        try:  # attributes __init__ sets (Session().identity_map) are not in dir() of the class
            merged[cls.__name__].update(names(cls()))
        except Exception:
            pass
        if any("__getattr__" in vars(k) for k in cls.__mro__ if k is not object):
            open_.add(cls.__name__)  # answers names dir() does not list
    full = {}
    for cls, obj in stdlib_types():
        merged.setdefault(cls.__name__, set()).update(names(cls), names(obj))
        if tp_name(cls) != cls.__name__:
            full[cls.__name__] = tp_name(cls)
    for n in sorted(merged):
        print("type %s: %s" % (n, "*" if n in open_ else " ".join(sorted(merged[n]))))
    # The types whose messages name them by module and name ('decimal.Decimal' object has no attribute).
    print("tpname %s" % " ".join("%s=%s" % kv for kv in sorted(full.items())))
    # The special names of Python's own types, so that hasattr(5, "__len__") is False and
    # hasattr(func, "__wrapped__") answers as CPython; a script's or a library's class still
    # refuses every special name the engine lacks.
    # Every type has object's: a line lists only the names object lacks.
    def special(cls):
        return {n for n in dir(cls) if n.startswith("__") and n.endswith("__")}
    # Left out: the types whose instances answer more than dir() of the class lists (a bound
    # method forwards to its function, an exception or a module carries what was set on it).
    sealed = []
    for t in TYPES:
        if t.startswith(("builtins.", "types.")) and t.split(".")[1] not in ("type", "super", "BaseException", "Exception", "MethodType", "ModuleType"):
            cls = load(t)
            own = special(cls) if cls is object else special(cls) - special(object)
            print("dunders %s: %s" % (cls.__name__, " ".join(sorted(own))))
            if not any(n.startswith("_") and n not in special(cls) for n in dir(cls)):
                sealed.append(cls.__name__)
    # Python's own types whose names starting with "_" are all special ones: a private name
    # is then the script's mistake too (hasattr(5, "_value") is False).
    print("sealed builtins: %s" % " ".join(sealed))
    own = {}  # classes sharing a name (logging's and string's Formatter) are merged
    for cls, _ in stdlib_types():
        own.setdefault(cls.__name__, set()).update(special(cls) - special(object))
    for n, names_ in own.items():
        print("dunders %s: %s" % (n, " ".join(sorted(names_))))
    for pkg in ("sqlalchemy", "flask_sqlalchemy", "sqlmodel"):
        mod = importlib.import_module(pkg)
        subs = sorted(i.name for i in pkgutil.walk_packages(mod.__path__, pkg + ".") if ".testing" not in i.name)
        print("package %s: %s" % (pkg, " ".join(subs)))
    print("package stdlib: %s" % " ".join(sorted(sys.stdlib_module_names)))


main()
