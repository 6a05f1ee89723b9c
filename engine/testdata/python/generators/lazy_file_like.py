def numbers():
    print("open")
    try:
        for i in range(5):
            yield i
    finally:
        print("close")
total = 0
for n in numbers():
    total += n
    if n == 2:
        break
print("total", total)
