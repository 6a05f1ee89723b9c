# expect: refusal eval
print(eval("1 + 2"))
