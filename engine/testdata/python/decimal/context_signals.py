from decimal import Decimal as D, getcontext, setcontext, localcontext, Context, Inexact, Rounded, FloatOperation, DivisionByZero, InvalidOperation, Overflow, BasicContext, ExtendedContext, DefaultContext
import decimal
ctx = getcontext()
print(ctx)
print(D(1) / D(3), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(getcontext().flags[Inexact], D(0.5), ctx.flags[FloatOperation])
ctx.prec = 6
print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1, D(2).sqrt())
ctx.rounding = decimal.ROUND_DOWN
print(D(2) / D(3), D(-2) / D(3), D("9.9999999").quantize(D("0.01")))
ctx.rounding = decimal.ROUND_CEILING
print(D(2) / D(3), D(-2) / D(3))
ctx.prec = 28
ctx.rounding = decimal.ROUND_HALF_EVEN
with localcontext() as lc:
    lc.prec = 3
    print(D("1.23456") + 0, lc.prec, getcontext().prec)
print(getcontext().prec)
with localcontext(prec=4, rounding=decimal.ROUND_HALF_UP):
    print(D(2) / 3, D("0.12345") * 1)
c = Context(prec=5, rounding=decimal.ROUND_FLOOR)
print(c.prec, c.rounding, c.create_decimal("3.14159265"), c.Etiny(), c.Emax)
ctx.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[DivisionByZero] = True
ctx.traps[InvalidOperation] = False
print(D(0) / 0, D("Infinity") - D("Infinity"), D(5) % 0, D("abc"))
ctx.traps[InvalidOperation] = True
for bad in ["D(1) / 0", "D(0) / 0", "D(5) % 0", "D('x')", "D('1e999999') * 10", "D(1).quantize(D('1e-30'))", "D('NaN') < 1", "D(-1).sqrt()"]:
    try:
        eval_map = {"D(1) / 0": lambda: D(1) / 0, "D(0) / 0": lambda: D(0) / 0, "D(5) % 0": lambda: D(5) % 0, "D('x')": lambda: D("x"),
                    "D('1e999999') * 10": lambda: D("1e999999") * 10, "D(1).quantize(D('1e-30'))": lambda: D(1).quantize(D("1e-30")),
                    "D('NaN') < 1": lambda: D("NaN") < 1, "D(-1).sqrt()": lambda: D(-1).sqrt()}
        eval_map[bad]()
    except ArithmeticError as e:
        print(bad, type(e).__name__, e, isinstance(e, ZeroDivisionError))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), decimal.Overflow.__mro__[1:3])
print(BasicContext.prec, ExtendedContext.traps[InvalidOperation], DefaultContext.prec, repr(D), type(D(1)).__name__, isinstance(D(1), D))
setcontext(Context(prec=2))
print(D(1) / 3, getcontext().prec)
