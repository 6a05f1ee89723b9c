-- the question's first answer: PostgreSQL
CREATE TABLE parent (
    id SERIAL PRIMARY KEY,
    name VARCHAR(50) NOT NULL
);

CREATE TABLE child (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER,
    name VARCHAR(50),
    CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id)
        REFERENCES parent (id) ON DELETE CASCADE
);
