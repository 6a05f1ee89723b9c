# engine.echo reads the flag create_engine() was given and takes a new one (its log is the trace, not stdout); an object the engine provides refuses other assignments, a builtin's raises the real AttributeError
from sqlalchemy import create_engine
e = create_engine("sqlite://", echo=True)
print(e.echo)
e.echo = False
print(e.echo)
x = [1]
try:
    x.foo = 1
except AttributeError as err:
    print(err)
