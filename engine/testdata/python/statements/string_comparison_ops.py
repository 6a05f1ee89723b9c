a = "apple"
print(a < "banana", a > "Apple", a == "apple", a != "Apple")
print("10" < "9", 10 < 9, "a" * 3 == "aaa")
print(sorted(["10", "9", "100"]), sorted([10, 9, 100]))
