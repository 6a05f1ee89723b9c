from typing import TypedDict, List, Dict, Any

class Movie(TypedDict):
    title: str
    year: int

class MovieX(Movie, total=False):
    rating: float

m: Movie = {"title": "Blade Runner", "year": 1982}
mx = MovieX(title="Alien", year=1979)
print(m, mx, type(mx).__name__)
mx["rating"] = 8.5
print(sorted(mx.items()))
print(Movie.__required_keys__ == frozenset({"title", "year"}), MovieX.__optional_keys__)
print(MovieX.__total__, Movie.__total__)
def f(rows: List[Dict[str, Any]]) -> int:
    return len(rows)
print(f([m, mx]), f.__annotations__["return"])
