# expect: refusal subprocess
import subprocess
subprocess.run(["ls"])
