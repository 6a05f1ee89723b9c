# expect: refusal exec
exec("x = 5")
print(x)
