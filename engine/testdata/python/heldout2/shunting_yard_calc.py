# source: evaluate() with operator/value stacks in RedKnite5/Junk shunting_yard.py; precedences table in Sear-0887/SLTKR2D pyfunc/eval_expr.py
import operator

OPS = {"+": (2, operator.add, "L"), "-": (2, operator.sub, "L"), "*": (3, operator.mul, "L"),
       "/": (3, operator.truediv, "L"), "//": (3, operator.floordiv, "L"), "%": (3, operator.mod, "L"),
       "^": (4, operator.pow, "R")}

def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif s.startswith("//", i):
            tokens.append("//")
            i += 2
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            p, _, assoc = OPS[t]
            while stack and stack[-1] != "(" and (OPS[stack[-1]][0] > p or (OPS[stack[-1]][0] == p and assoc == "L")):
                out.append(stack.pop())
            stack.append(t)
    return out + stack[::-1]

def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(t)
    return st[0]

for expr in ["2+9/5", "4*5/6", "(2+3)*4", "2^3^2", "7//2 - -1" if False else "7//2-1", "10%4*3", "2^0.5", "1.5*(3-1)^2", "2^100"]:
    rpn = to_rpn(tokenize(expr))
    print(f"{expr:<12} {' '.join(map(str, rpn)):<22} = {eval_rpn(rpn)!r}")
for bad in ["1/0", "3 $ 4", "(1+2"]:
    try:
        print(eval_rpn(to_rpn(tokenize(bad))))
    except (ZeroDivisionError, SyntaxError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
