# source: hangman game logic (masked word, guessed set, lives, win/lose checks) from beginner game repos, driven by a fixed guess list
WORD = "encyclopedia"
STAGES = ["", "O", "O|", "O|/", "O|/\\", "O|/\\/", "O|/\\/\\"]

def masked(word, guessed):
    return " ".join(c if c in guessed else "_" for c in word)

def play(word, guesses, lives=6):
    guessed = set()
    wrong = []
    for g in guesses:
        g = g.lower()
        if len(g) != 1 or not g.isalpha():
            print(f"  invalid guess {g!r}")
            continue
        if g in guessed:
            print(f"  already guessed {g}")
            continue
        guessed.add(g)
        if g in word:
            print(f"  {g}: yes ({word.count(g)}) -> {masked(word, guessed)}")
        else:
            wrong.append(g)
            print(f"  {g}: no [{STAGES[len(wrong)]:<6}] lives left {lives - len(wrong)}")
        if set(word) <= guessed:
            return "won", len(guessed), sorted(wrong)
        if len(wrong) >= lives:
            return "lost", len(guessed), sorted(wrong)
    return "unfinished", len(guessed), sorted(wrong)

print(play(WORD, ["e", "a", "z", "E", "ab", "1", "n", "c", "y", "l", "o", "p", "d", "i"]))
print(play("python", list("aeiuszqx")))
print(play("go", ["g"]), masked(WORD, set()), masked(WORD, set(WORD)))
