print(int("10"), float("1.5"), str(3), bool(""), bool("False"), bool([]), bool([0]), int(" 7\n"))
print(float(" -0.0 "), int(True), float(True), str(False))
print(bool(0.0), bool(-1), bool(None), bool(float("nan")))
float("1,5")
