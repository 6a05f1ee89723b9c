s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("z"), s.index("p"), s.rindex("s"))
print(s.count("s"), s.count("ss"), s.count(""), s.find("s", 4, 6))
print("ss" in s, "x" not in s)
s.index("z")
