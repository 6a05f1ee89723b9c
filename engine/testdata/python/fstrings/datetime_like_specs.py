import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d}")
print(f"{d}")
print(f"{d!r}")
print(f"{12:>{4}}|{7:<3}|")
