# source: https://mikepietsch.com/tech/python/38.03-throw-injecting-exceptions-into-a-generator/ (a generator that catches a thrown ValueError and GeneratorExit)
def resilient_generator():
    try:
        yield "Starting"
        yield "Processing"
        yield "Almost done"
    except ValueError as e:
        print(f"Generator caught a ValueError: {e}")
        yield "Error handled, yielding recovery value"
    except GeneratorExit:
        print("GeneratorExit received, performing cleanup")
        raise
    yield "Normal completion"

gen = resilient_generator()
print(next(gen))
print(next(gen))
result = gen.throw(ValueError("Database connection failed"))
print(result)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)

gen = resilient_generator()
print(next(gen))
gen.close()
gen.close()
print(list(gen))

def unhandled():
    yield 1
    yield 2

g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "done"))
