//go:build js && wasm

package sqlitejs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"cascadelab/engine"
	"cascadelab/engine/sqlite"
	"cascadelab/engine/sqlite/gosqlite"
)

// The driver gives what the Go translation gives, byte for byte: each
// script's matrix (the page's seed examples) or trace (corpus scripts from
// the realworld suite) with one driver and then the other, in one process.
// Run with `make test-sqlitejs` (Node, SQLITE_WASM).
func TestSameAsTranslation(t *testing.T) {
	examples, _ := filepath.Glob("../../web/examples/*.py")
	if len(examples) < 10 {
		t.Fatalf("found %d examples", len(examples))
	}
	corpus := []string{"fsa_doc_quickstart.py", "gh_1000ch123_tutorial.py", "gh_1000ch123_entity_validation.py"}
	for _, name := range corpus {
		examples = append(examples, filepath.Join("../../engine/testdata/realworld", name))
	}
	for _, path := range examples {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := engine.File{Name: filepath.Base(path), Text: string(text)}
		out := func(open sqlite.Opener) []byte {
			sqlite.Use(open)
			if filepath.Dir(path) != "../../web/examples" {
				return engine.Run(f, engine.Options{}).TraceJSON()
			}
			b, err := json.Marshal(engine.Variants(f, engine.VariantOptions{}))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		want, got := out(gosqlite.Open), out(Open)
		if !bytes.Equal(want, got) {
			t.Errorf("%s: the translation and SQLite's wasm differ:\n%s\n%s", path, want, got)
		}
	}
}

// Statements whose answers depend on what the host computes: libm, base64(),
// local time, out of memory, errors, the limits.
func TestStatements(t *testing.T) {
	for _, sql := range []string{
		"SELECT tan(1), log10(0.1), exp(3.14159), atan2(2, 0.5), pow(2, 0.5), sin(1e22), acosh(3), log(7), log2(3), mod(7.5, 2)",
		"SELECT base64(x'00ff10'), base64('AP8Q'), base64(' AP8Q== '), base64('A*P8'), base64(1)",
		"SELECT datetime(0, 'localtime'), strftime('%s', '2026-01-01')",
		"SELECT length(randomblob(70000000))",
		"SELECT x'', '', zeroblob(0), 1e308 * 10, -0.0, 0.1 + 0.2",
		"SELECT * FROM nope",
		"CREATE TABLE t (a UNIQUE NOT NULL)",
		`SELECT "Hello"`,
		"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
	} {
		var res [2]string
		for i, open := range []sqlite.Opener{gosqlite.Open, Open} {
			res[i] = run(t, open, sql)
		}
		if res[0] != res[1] {
			t.Errorf("%s:\ntranslation %s\nwasm        %s", sql, res[0], res[1])
		}
	}
}

func run(t *testing.T, open sqlite.Opener, sql string) string {
	c, err := open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	lim := sqlite.Limits{Steps: 100_000, Rows: 100}
	if err := c.Exec("PRAGMA hard_heap_limit=67108864", lim); err != nil {
		t.Fatal(err)
	}
	st, tail, err := c.Prepare(sql, lim)
	if err != nil {
		return fmt.Sprintf("prepare: %#v %q", err, tail)
	}
	defer st.Close()
	r, err := st.Run(nil, lim)
	return fmt.Sprintf("%q %d %#v %+v %#v", st.Columns(), st.Params(), r.Rows, [4]int64{r.Changes, r.LastRowID, r.Ticks, r.VMSteps}, err)
}
