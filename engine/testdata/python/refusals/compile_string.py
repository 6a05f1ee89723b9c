# expect: refusal compile
code = compile("1", "<s>", "eval")
