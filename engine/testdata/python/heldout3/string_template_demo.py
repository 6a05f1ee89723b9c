# source: memdreams/WebCrawler StdLibPractice/string/string_template.py (PyMOTW: Template vs % vs format, missing key, safe_substitute, a delimiter/idpattern subclass)
import string

values = {'var': 'foo'}

t = string.Template("""
Variable        : $var
Escape          : $$
Variable in text: ${var}iable
""")

print('TEMPLATE:', t.substitute(values))

s = """
Variable        : %(var)s
Escape          : %%
Variable in text: %(var)siable
"""

print('INTERPOLATION:', s % values)

s = """
Variable        : {var}
Escape          : {{}}
Variable in text: {var}iable
"""

print('FORMAT:', s.format(**values))

tt = string.Template("$var is here but $missing is not provided.")
try:
    print('substitute()     :', tt.substitute(values))
except KeyError as err:
    print('ERROR:', str(err))

print('safe_substitute():', tt.safe_substitute(values))


class MyTemplate(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'

template_text = '''
  Delimiter : %%
  Replaced  : %with_underscore
  Ignored   : %notunderscored
'''

d = {
    'with_underscore': 'replaced',
    'notunderscored': 'not replaced',
}

t = MyTemplate(template_text)
print('Modified ID pattern:', t.safe_substitute(d))
