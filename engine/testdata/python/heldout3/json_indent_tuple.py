# source: georg-cantor/pyAHP json_indent.py (a tuple and a float in json.dumps with sort_keys and indent)
import json

data = [{'a': 'A', 'b': (2, 4), 'c': 3.0}]
print('DATA   :', data)
print('NORMAL:', json.dumps(data, sort_keys=True))
print('INDENT:', json.dumps(data, sort_keys=True, indent=2))
print('SEPARATORS:', json.dumps(data, separators=(',', ':')))
print('TAB INDENT:', json.dumps({'x': [1, {'y': []}], 'z': {}}, indent='\t'))
print('ZERO INDENT:', json.dumps([1, [2, 3]], indent=0))
back = json.loads(json.dumps(data))
print(back, back == data, back[0]['b'])
print(json.dumps(1e-7), json.dumps(123456789012345678901234567890), json.dumps(0.1 + 0.2))
