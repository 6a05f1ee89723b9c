# plain-Python parts of realworld scripts: main() with helpers and a summary
import sys
from typing import List

def load() -> List[dict]:
    return [{"title": "A", "pages": 120, "price": 9.5}, {"title": "B", "pages": 80, "price": 12.0},
            {"title": "C", "pages": 300, "price": 30.25}]

def summarize(books):
    total = sum(b["price"] for b in books)
    avg_pages = sum(b["pages"] for b in books) / len(books)
    longest = max(books, key=lambda b: b["pages"])
    return {"count": len(books), "total": total, "avg_pages": avg_pages, "longest": longest["title"]}

def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    books = load()
    s = summarize(books)
    for k, v in s.items():
        print(f"{k:>10}: {v}")
    print(f"avg price {s['total'] / s['count']:.3f}")
    return 0

if __name__ == "__main__":
    code = main([])
    print("exit code", code)
    print(__name__, sys.argv[0].endswith(".py"), len(sys.argv))
