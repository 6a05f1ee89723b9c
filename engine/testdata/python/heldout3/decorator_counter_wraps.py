# source: fieldsfarmer/coding_problems decorator1.py (a counting decorator with functools.wraps and an attribute on the wrapper, then a log decorator)
import functools

def counter(func):
	@functools.wraps(func)
	def wrapper(*args,**kwargs):
		wrapper.count += 1
		print('%s is called %d times' %(func.__name__, wrapper.count))
		return func(*args, **kwargs)
	wrapper.count = 0
	return wrapper

def foo():
	"""Prints 123."""
	print('123')
foo = counter(foo)
foo()
foo()
foo()
print ('The function %s is called %d times totally' %(foo.__name__, foo.count))


def log(func):
	@functools.wraps(func)
	def wrapper(*args, **kw):
		print('start calling %s' %func.__name__)
		func(*args, **kw)
		print('end calling %s' %func.__name__)
	return wrapper

foo = log(foo)
foo()
print(foo.__name__, foo.__doc__, foo.__wrapped__.__name__, foo.__wrapped__.count)
print(foo.__qualname__, foo.__module__, sorted(k for k in foo.__dict__))
