# a bare print on its own line is an expression statement in Python 3: it prints nothing
print("before")
print
x = print
print
x("after")
