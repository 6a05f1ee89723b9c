# expect: refusal system
import os
os.system("ls")
