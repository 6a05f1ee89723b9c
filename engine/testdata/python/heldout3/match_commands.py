# source: NhanPhamThanh-IT/Tutorials-And-Chill Python/Tutorials/Conditions-Statement/Match-Statement/docs.md (literal, capture, sequence, mapping, class and guard patterns; FizzBuzz on a tuple)
from dataclasses import dataclass

def http_status(status_code):
    match status_code:
        case 200:
            return "OK"
        case 404:
            return "Not Found"
        case 400 | 401 | 403:
            return "Client error"
        case 500:
            return "Internal Server Error"
        case _:
            return "Unknown status"

for code in (200, 401, 404, 418, 500):
    print(code, http_status(code))

def run(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_] if verb.startswith("l"):
            return f"looking ({verb})"
        case []:
            return "empty"
        case _:
            return f"unknown: {command!r}"

for c in ["go north", "drop sword shield", "quit", "exit", "look around", "", "dance now"]:
    print(run(c))

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case {"x": x, "y": y, **rest}:
            return f"mapping {x},{y} extra={rest}"
        case (a, b) as pair:
            return f"pair {pair} {a + b}"
        case str() | bytes():
            return "text"
        case _:
            return "somewhere"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), {"x": 1, "y": 2, "z": 3}, (4, 5), [6, 7], "ab", 3.5]:
    print(where(p))

for number in range(1, 16):
    match (number % 5, number % 3):
        case (0, 0):
            print("FizzBuzz", end=" ")
        case (0, _):
            print("Buzz", end=" ")
        case (_, 0):
            print("Fizz", end=" ")
        case _:
            print(number, end=" ")
print()
