# source: pianomanzero/python_scripts Python3/python3tutorial/standardLib2.py (the tutorial's "Brief Tour of the Standard Library part II": reprlib, textwrap, Template)
import reprlib
import textwrap
from string import Template

print(reprlib.repr(set('supercalifragilisticexpialidocious')))

doc = """The wrap() method is just like fill() except that it returns a list of strings instead
of one big string with newlines to separate the wrapped lines.
This one is wrapped at 50 chars long
"""
print(textwrap.fill(doc, width=50))
print(textwrap.wrap(doc, width=30)[:3])

t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))

t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(d))

import pprint
t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta', 'yellow'], 'blue']]]
pprint.pprint(t, width=30)
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.shorten("Hello  world, this is long", width=15))
