from enum import Enum, auto
class State(Enum):
    DRAFT = auto()
    REVIEW = auto()
    PUBLISHED = auto()
TRANSITIONS = {State.DRAFT: {State.REVIEW}, State.REVIEW: {State.DRAFT, State.PUBLISHED}, State.PUBLISHED: set()}
def advance(s, to):
    if to not in TRANSITIONS[s]:
        raise ValueError(f"cannot go from {s.name} to {to.name}")
    return to
s = State.DRAFT
for t in [State.REVIEW, State.PUBLISHED, State.DRAFT]:
    try:
        s = advance(s, t)
        print("now", s)
    except ValueError as e:
        print("error:", e)
def label(s):
    match s:
        case State.DRAFT:
            return "draft"
        case State.REVIEW | State.PUBLISHED:
            return "visible"
print([label(x) for x in State])
print(sorted(TRANSITIONS[State.REVIEW], key=lambda e: e.value), State.DRAFT.value, State["REVIEW"].value)
print({s.name: [t.name for t in sorted(ts, key=lambda e: e.value)] for s, ts in TRANSITIONS.items()})
