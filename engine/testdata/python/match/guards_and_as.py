def f(v):
    match v:
        case (a, b) if a == b:
            return "pair equal"
        case (a, b) as whole:
            return f"pair {whole}"
        case [1, [2, _] as inner]:
            return f"nested {inner}"
        case _:
            return "nope"
print(f((1, 1)), f((1, 2)), f([1, [2, 9]]), f(3))
