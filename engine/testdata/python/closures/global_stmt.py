counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def make():
    global newname
    newname = "created"
make()
print(newname)
