print(0x_ff, 0o7_7, 0b_1010, 1_000_000, 1_0.5_0, 1e1_0, 0xDEAD_BEEF, 00, 0_0, 1E-3, 1.e2, .5e-1, 0e0, 0.0e-0, 9_9.9_9e-1_0)
print(type(1e3).__name__, type(10**3).__name__, 1_2e1_2 == 12e12, 0b1111_0000 == 240, 0o17 == 15)
print(int("١٢٣"), float("١.٥"), int("٠x1" if False else "0"), "3".isdigit(), "²".isdigit(), "½".isnumeric(), "٣".isdecimal())
print(int("\u0663\u0662"), float("\u0661\u0660e\u0662"), int("  \t12\n "), int("+0"), int("-0"), float("-0.0e5"))
