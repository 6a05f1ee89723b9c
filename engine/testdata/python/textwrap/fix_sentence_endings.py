import textwrap
for s in ['one. two three. four', 'Say "hi." then go! Why? No.', "it's 'done.' ok", "Mr. Smith went. He saw 'x.'' there", "A. B. c. d", "end!"]:
    for w in (6, 9, 30):
        print(textwrap.wrap(s, width=w, fix_sentence_endings=True))
print(textwrap.fill("x. y", fix_sentence_endings=True), textwrap.shorten("a. b c. d", 20, fix_sentence_endings=True))
