import re
conf = """
# comment
name = demo
port=8080
  debug = true  
bad line
path = /a/b # trailing
"""
pairs = dict(re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*(?:#.*)?$", conf, re.M))
print(pairs)
print(re.findall(r"^#.*$", conf, re.M), re.findall(r"^(?!\s*#)(?!.*=).+$", conf, re.M))
