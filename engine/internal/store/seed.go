package store

import (
	"strings"
	"sync"
)

// Seeds are copies of databases that earlier runs built, each keyed by the
// schema statements that made it. A database whose schema statements are a
// seed's, and nothing else, takes the copy (tables and rows) instead of
// running them and then loading rows: in the browser every SQLite
// statement costs milliseconds, and a CREATE TABLE tens of them.
type Seeds struct {
	mu   sync.Mutex
	keys [][]string
	imgs map[string][]byte
}

// NewSeeds makes an empty set of seeds.
func NewSeeds() *Seeds { return &Seeds{imgs: map[string][]byte{}} }

func seedKey(ddl []string) string { return strings.Join(ddl, "\x00") }

// starts reports whether some seed's schema statements begin with ddl.
func (s *Seeds) starts(ddl []string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range s.keys {
		if len(k) >= len(ddl) && equal(k[:len(ddl)], ddl) {
			return true
		}
	}
	return false
}

func (s *Seeds) get(ddl []string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.imgs[seedKey(ddl)]
}

// Add keeps a database copy; the first copy of a schema stays.
func (s *Seeds) Add(seed *Seed) {
	if seed == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := seedKey(seed.ddl)
	if _, ok := s.imgs[k]; !ok {
		s.imgs[k] = seed.img
		s.keys = append(s.keys, seed.ddl)
	}
}

// Seed is one database copied, with the schema statements that made it.
type Seed struct {
	ddl []string
	img []byte
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// phase is how far a database's statements keep it copyable.
type phase int

const (
	schemaOnly phase = iota // only CREATE TABLE/INDEX so far: a seed can stand for them
	rowsAfter               // then only reads and row changes: it can be copied, keyed by its schema
	mixed                   // anything else: no seeds
)

// send runs a statement the script sends, following the phase; a
// statement that fails leaves no seed (its key would claim it ran).
func (db *DB) send(sql string, rows [][]any) (*Result, error) {
	switch {
	case db.phase == mixed || connectionPragma(sql):
	case isCreate(sql) && len(rows) == 1 && len(rows[0]) == 0 && db.phase == schemaOnly:
		db.ddl = append(db.ddl, sql)
	case isDML(sql) || verb(sql) == "SELECT":
		db.phase = rowsAfter
	default:
		db.phase = mixed
	}
	res, err := db.run(sql, rows)
	if err != nil {
		db.phase = mixed
	}
	return res, err
}

// isCreate reports a CREATE TABLE or CREATE [UNIQUE] INDEX.
func isCreate(sql string) bool {
	return strings.HasPrefix(sql, "CREATE TABLE ") || strings.HasPrefix(sql, "CREATE INDEX ") || strings.HasPrefix(sql, "CREATE UNIQUE INDEX ")
}

// connectionPragma reports PRAGMA foreign_keys: it sets the connection, not
// the database file a seed copies.
func connectionPragma(sql string) bool {
	rest, ok := strings.CutPrefix(strings.ToUpper(sql), "PRAGMA ")
	return ok && strings.HasPrefix(strings.TrimSpace(rest), "FOREIGN_KEYS")
}

// deferDDL reports whether a schema statement can wait: while a seed
// begins with the statements so far and this one, they already ran without
// error on a new database, and Load may restore the seed instead.
func (db *DB) deferDDL(sql string, params []any) bool {
	if db.Seeds == nil || db.phase != schemaOnly || !db.known || len(params) != 0 || !isCreate(sql) {
		return false
	}
	if !db.Seeds.starts(append(db.ddl[:len(db.ddl):len(db.ddl)], sql)) {
		return false
	}
	db.ddl = append(db.ddl, sql)
	db.waiting = append(db.waiting, sql)
	db.track(sql)
	return true
}

// flush runs the schema statements deferred so far.
func (db *DB) flush() error {
	todo := db.waiting
	db.waiting = nil
	for _, sql := range todo {
		if _, err := db.run(sql, [][]any{nil}); err != nil {
			return err
		}
	}
	return nil
}

// restore replaces the database with the seed of its schema statements, if
// there is one and nothing but them ran (whether they ran or waited: the
// seed has the same tables).
func (db *DB) restore() bool {
	if db.Seeds == nil || db.phase != schemaOnly || len(db.ddl) == 0 || !db.conn.Autocommit() {
		return false
	}
	img := db.Seeds.get(db.ddl)
	if img == nil {
		return false
	}
	db.forget()
	if err := db.conn.Deserialize(img); err != nil {
		return false
	}
	db.waiting = nil
	db.phase = rowsAfter
	return true
}

// Seed copies the database, keyed by its schema statements, when only
// schema statements and then committed row changes made it; nil otherwise.
func (db *DB) Seed() *Seed {
	if db.phase == mixed || len(db.ddl) == 0 || len(db.waiting) > 0 || !db.conn.Autocommit() {
		return nil
	}
	img, err := db.conn.Serialize()
	if err != nil {
		return nil
	}
	return &Seed{ddl: append([]string(nil), db.ddl...), img: img}
}
