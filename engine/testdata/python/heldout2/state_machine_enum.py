# source: order/traffic-light state machines with Enum states and a transitions dict, common in tutorial repos
from enum import Enum, auto

class State(Enum):
    DRAFT = auto()
    SUBMITTED = auto()
    APPROVED = auto()
    REJECTED = auto()
    ARCHIVED = auto()

    @property
    def terminal(self):
        return self in (State.ARCHIVED,)

TRANSITIONS = {
    State.DRAFT: {State.SUBMITTED},
    State.SUBMITTED: {State.APPROVED, State.REJECTED},
    State.APPROVED: {State.ARCHIVED},
    State.REJECTED: {State.DRAFT, State.ARCHIVED},
    State.ARCHIVED: set(),
}

class InvalidTransition(Exception):
    def __init__(self, src, dst):
        super().__init__(f"cannot go from {src.name} to {dst.name}")
        self.src, self.dst = src, dst

class Document:
    def __init__(self, title):
        self.title = title
        self.state = State.DRAFT
        self.history = [self.state]
    def go(self, dst):
        if dst not in TRANSITIONS[self.state]:
            raise InvalidTransition(self.state, dst)
        self.state = dst
        self.history.append(dst)
        return self

d = Document("spec")
d.go(State.SUBMITTED).go(State.REJECTED).go(State.DRAFT).go(State.SUBMITTED).go(State.APPROVED)
print(d.state, repr(d.state), d.state.value, [s.name for s in d.history])
try:
    d.go(State.DRAFT)
except InvalidTransition as e:
    print(e, e.src, e.dst is State.DRAFT)
d.go(State.ARCHIVED)
print(d.state.terminal, State.DRAFT.terminal, State["APPROVED"], State(3), list(State)[-1])
print({s.name: sorted(t.name for t in TRANSITIONS[s]) for s in State})
try:
    State(9)
except ValueError as e:
    print("ValueError:", e)
print(len(State), State.DRAFT < State.ARCHIVED if False else State.DRAFT.value < State.ARCHIVED.value, hash(State.DRAFT) == hash(State.DRAFT))
