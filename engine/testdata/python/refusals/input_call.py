# expect: refusal input
name = input("name? ")
