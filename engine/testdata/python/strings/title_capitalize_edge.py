print("o'neil mcdonald".title(), "hELLO wORLD".capitalize())
print("x1y2".title(), "ÉCOLE".lower(), "ﬁ".upper())
print("a-b_c d".title())
