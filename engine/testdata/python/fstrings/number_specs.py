n = 1234567.891
print(f"{n:,.2f}")
print(f"{n:_.1f}")
print(f"{n:e}")
print(f"{-n:+,.0f}")
print(f"{0.000123:.2%}")
print(f"{255:#x} {255:#o} {255:08b}")
