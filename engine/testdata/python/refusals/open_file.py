# expect: refusal open
with open("data.txt") as f:
    print(f.read())
