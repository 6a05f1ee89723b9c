print("{:,}".format(-1234567), "{:,.2f}".format(-1234.5), "{:_d}".format(-1000000))
print("{:,}".format(12), "{:,}".format(0), "{:,}".format(10 ** 12))
print(f"{-0.5:,.0f}", f"{1e6:,.0f}")
