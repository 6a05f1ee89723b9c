# expect: refusal open
f = open("out.txt", "w")
f.write("x")
