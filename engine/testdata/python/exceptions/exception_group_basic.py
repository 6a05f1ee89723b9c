eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(eg, repr(eg.exceptions[0]), len(eg.exceptions))
print(isinstance(eg, Exception))
