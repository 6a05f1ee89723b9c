data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) > 2:
    print("popped", item)
print(item, data)
print((y := 10), y)
