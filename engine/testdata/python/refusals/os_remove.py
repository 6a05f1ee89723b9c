# expect: refusal remove
import os
os.remove("x.txt")
