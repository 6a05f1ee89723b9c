import traceback, sys
try:
    {}["missing"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
print("end")
