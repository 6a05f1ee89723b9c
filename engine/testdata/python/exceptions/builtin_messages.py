for expr in ["[][1]", "{}['a']", "int('x')", "None.attr", "1 + 'a'", "undefined_name", "'a' * 'b'", "len(1)"]:
    try:
        eval(expr) if False else None
        if expr == "[][1]": [][1]
        elif expr == "{}['a']": {}['a']
        elif expr == "int('x')": int('x')
        elif expr == "None.attr": None.attr
        elif expr == "1 + 'a'": 1 + 'a'
        elif expr == "undefined_name": undefined_name
        elif expr == "'a' * 'b'": 'a' * 'b'
        else: len(1)
    except Exception as e:
        print(type(e).__name__, e)
