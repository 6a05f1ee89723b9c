print("{:s}".format("s"), "{:d}".format(True), "{:.2f}".format(3))
print("{:c}".format(9731))
print("{:%}".format(1))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError", e)
"{:d}".format("x")
