import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.argv).__name__)
sys.stdout.write("written\n")
print(sys.maxsize, sys.getrecursionlimit() > 0, sys.platform != "")
print(len(sys.argv), sys.byteorder)
