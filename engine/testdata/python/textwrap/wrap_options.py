import textwrap
s = "one two three four five six seven eight nine ten"
for line in textwrap.wrap(s, width=15, initial_indent="* ", subsequent_indent="  "):
    print(line)
print(textwrap.fill("short", width=3))
print(textwrap.shorten("Hello  world  again", width=12, placeholder="..."))
