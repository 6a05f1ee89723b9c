from contextlib import closing, nullcontext
class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as t:
    print("using", type(t).__name__)
with nullcontext("v") as v:
    print(v)
