transitions = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}
state = "idle"
for event in ["start", "pause", "resume", "stop", "stop"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"ignored {event!r} in {state}")
        continue
    print(f"{state} --{event}--> {nxt}")
    state = nxt
