# source: Wkornhauser/PythonProgramming (README notes "Sending Exceptions to Generators": send, close, throw and a finally clause)
def gen():
    try:
        while True:
            received = yield
            print(received)
    finally:
        print('exception must have happened')

g = gen()
next(g)
g.send('hello')
g.send([1, 2])
g.close()
print("closed")

def echo():
    while True:
        try:
            received = yield
            print("got", received)
        except ValueError as ex:
            print("ValueError silenced:", ex)

e = echo()
next(e)
e.send(10)
e.throw(ValueError("bad data"))
e.send(20)
e.close()
try:
    e.send(30)
except StopIteration:
    print("StopIteration after close")

def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring close")
            yield "nope"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as ex:
    print("RuntimeError:", ex)
