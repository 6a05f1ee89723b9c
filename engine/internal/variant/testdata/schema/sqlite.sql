CREATE TABLE author (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE book (
    id INTEGER PRIMARY KEY,
    title TEXT,
    author_id INTEGER NOT NULL REFERENCES author(id) ON DELETE CASCADE
);
CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT);
CREATE TABLE book_tag (
    book_id INTEGER NOT NULL REFERENCES book(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (book_id, tag_id)
);
CREATE INDEX ix_book_author ON book (author_id);
