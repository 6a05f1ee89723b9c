print(1_000_000, 0x_FF, 0o17, 0b1010, 1e3, 1_0.5, .5, 5., 1j.imag if False else 0)
print(0xDEADBEEF, 0O777, 0B11)
print(1e1000, -1e1000)
