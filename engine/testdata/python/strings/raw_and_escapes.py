print(r"\n\t", len(r"\n"), "\\n")
print("\x41\101\u0041\N{LATIN SMALL LETTER E WITH ACUTE}")
print("tab:\t|", repr("\a\b\f\v"))
print(b"\x41\x42")
