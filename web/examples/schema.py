CREATE TABLE parent (
    id SERIAL PRIMARY KEY,
    name VARCHAR(50) NOT NULL
);

CREATE TABLE child (
    id SERIAL PRIMARY KEY,
    parent_id INTEGER,
    CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id)
        REFERENCES parent (id) ON DELETE CASCADE
);
