import textwrap
HELP = """
    usage: tool [options]

    Runs the tool over every input file, printing a summary
    line per file and a total at the end.
"""
print(textwrap.dedent(HELP).strip())
print(textwrap.fill(" ".join(HELP.split()[3:]), width=32))
