package server

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"cascadelab/engine"
)

func seed(t *testing.T) string {
	b, err := os.ReadFile("../examples/seed.py")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func do(h http.Handler, method, path, body string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	if method == "POST" {
		r.Header.Set("Content-Type", "application/json")
	}
	h.ServeHTTP(w, r)
	return w
}

func jsonBody(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRun(t *testing.T) {
	h := newHandler(nil, nil, &MemStore{}, 2*time.Second)
	src := seed(t)
	w := do(h, "POST", "/api/run", jsonBody(t, map[string]any{"source": src}))
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	want, _ := json.Marshal(engine.Variants(engine.File{Name: "models.py", Text: src}, engine.VariantOptions{}))
	var got, exp any
	json.Unmarshal(w.Body.Bytes(), &got)
	json.Unmarshal(want, &exp)
	if jsonBody(t, got) != jsonBody(t, exp) {
		t.Error("/api/run differs from engine.Variants")
	}
	if w.Header().Get("Access-Control-Allow-Origin") != "*" || w.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("headers: %v", w.Header())
	}
	w = do(h, "POST", "/api/run", jsonBody(t, map[string]any{"source": src, "variants": []string{"orm-cascade"}, "options": map[string]any{"children": 2}}))
	var m engine.Matrix
	json.Unmarshal(w.Body.Bytes(), &m)
	if len(m.Variants) != 1 || m.Variants[0].Counts["child"].Before != 4 {
		t.Errorf("variants and options not applied: %+v", m.Variants)
	}
}

func TestBadRequests(t *testing.T) {
	h := newHandler(nil, nil, &MemStore{}, time.Minute) // the steps stop the endless runs, not the clock
	endless := "from sqlalchemy import create_engine, text\nwith create_engine('sqlite://').connect() as c:\n    c.execute(text('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c'))\n"
	cases := []struct {
		method, path, body string
		code               int
		msg                string
	}{
		{"POST", "/api/run", `{"source": "` + strings.Repeat("x", MaxBody) + `"}`, 413, "over 64 KB"},
		{"POST", "/api/run", `{"source": `, 400, "not the JSON"},
		{"POST", "/api/run", `{"sauce": "x"}`, 400, "unknown field"},
		{"POST", "/api/run", `{"source": "x = 1"} {"source": "y"}`, 400, "something follows its JSON value"},
		{"POST", "/api/run", `{"source": "x = 1"}]`, 400, "something follows its JSON value"},
		{"POST", "/api/run", `{"source": "x = 1", "options": {"depht": 3}}`, 400, `unknown field "depht"`},
		{"POST", "/api/run", `{}`, 400, `needs "source"`},
		{"GET", "/api/run", ``, 405, "use POST"},
		{"POST", "/api/run", jsonBody(t, map[string]string{"source": endless}), 422, "steps budget"},
		{"POST", "/api/run", jsonBody(t, map[string]string{"source": "while True:\n    pass\n"}), 422, "steps budget"},
		{"POST", "/api/nope", `{}`, 404, "no such endpoint"},
		{"GET", "/elsewhere", ``, 404, "not found"},
		{"POST", "/api/share", `{"source": ""}`, 400, "non-empty"},
		{"POST", "/api/share", `{"source": "x", "options": {"children": 99}}`, 400, "out of range"},
		{"POST", "/api/run", `{"source": "x = 1", "options": {"children": 99}}`, 400, "children is 99: it must be 0 to 10"},
		{"POST", "/api/run", `{"source": "x = 1", "options": {"depth": -1}}`, 400, "depth is -1: it must be 0 to 6"},
		{"POST", "/api/run", `{"source": "x = 1", "variants": ["as-written", "nope"]}`, 400, `no variant "nope"; the variants are as-written, bulk-delete,`},
		{"POST", "/api/share", `{"source": "x", "options": {"variants": ["nope"]}}`, 400, `no variant "nope"`},
		{"POST", "/api/share", `{"source": "x", "options": {"delete": "` + strings.Repeat("A", 201) + `"}}`, 400, "delete is 201 characters: it must be at most 200"},
		{"GET", "/s/AAAAAAAAAAAAAAAA", ``, 404, "no such shared state"},
		{"GET", "/s/short", ``, 404, "no such shared state"},
	}
	for _, c := range cases {
		w := do(h, c.method, c.path, c.body)
		var e struct{ Error string }
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != c.code || !strings.Contains(e.Error, c.msg) {
			t.Errorf("%s %s: %d %q, want %d with %q", c.method, c.path, w.Code, w.Body.String(), c.code, c.msg)
		}
	}
	if w := do(h, "POST", "/api/run", `{"source": "x = 1"}`); w.Code != 200 {
		t.Errorf("after the bad requests: %d", w.Code)
	}
	w := do(h, "OPTIONS", "/api/run", "")
	if w.Code != 204 || w.Header().Get("Access-Control-Allow-Origin") != "*" || w.Header().Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("preflight: %d %v", w.Code, w.Header())
	}
}

// Only a JSON body is taken: a cross-site form or text/plain POST, which a
// browser sends without asking first, gets 415.
func TestContentType(t *testing.T) {
	h := New(nil, nil, &MemStore{})
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"} {
		for _, path := range []string{"/api/run", "/api/share"} {
			r := httptest.NewRequest("POST", path, strings.NewReader(`{"source": "x = 1"}`))
			if ct != "" {
				r.Header.Set("Content-Type", ct)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != http.StatusUnsupportedMediaType || !strings.Contains(w.Body.String(), "application/json") {
				t.Errorf("%s %q: %d %s", path, ct, w.Code, w.Body)
			}
		}
	}
	r := httptest.NewRequest("POST", "/api/run", strings.NewReader(`{"source": "x = 1"}`))
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != 200 {
		t.Errorf("application/json; charset=utf-8: %d %s", w.Code, w.Body)
	}
}

// A shared state is stored as compact JSON, < and & as themselves, with the
// matrix the engine computed for it.
func TestShareStoredCompact(t *testing.T) {
	store := &MemStore{}
	h := New(nil, nil, store)
	src := "if a < b and c > d & e:\n    pass\n"
	w := do(h, "POST", "/api/share", jsonBody(t, map[string]any{"source": src}))
	if w.Code != 200 || len(store.m) != 1 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	for _, v := range store.m {
		want := `{"source":"if a < b and c > d & e:\n    pass\n","options":{"children":0,"depth":0,"delete":"","foreignKeys":false},"matrix":{"input":`
		if !strings.HasPrefix(v, want) || strings.Contains(v, `\u003c`) {
			t.Errorf("stored %.300s, want %s...", v, want)
		}
	}
}

// A run over a budget is a 422 that names the limit and the variants that
// ran and were skipped; the steps and the time are for the whole request.
// The steps stop the same runs however long the clock allows (a minute
// here); the clock stops what the steps do not count (a sleep).
func TestBudget422(t *testing.T) {
	loop := func(body string) string {
		return strings.Replace(seed(t), "class Child(Base):", "class Child(Base):\n    def __init__(self, **kw):\n"+body, 1)
	}
	for _, c := range []struct {
		src, limit string
		budget     time.Duration
	}{
		{"from sqlalchemy import create_engine, text\nwith create_engine('sqlite://').connect() as c:\n    c.execute(text('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c'))\n", "steps", time.Minute},
		{"s = 'x'\nwhile True:\n    s = s + s\n", "memory", time.Minute},
		{loop("        while True:\n            pass\n"), "steps", time.Minute},
		{loop("        import time\n        time.sleep(0.3)\n"), "time", 500 * time.Millisecond},
	} {
		h := newHandler(nil, nil, &MemStore{}, c.budget)
		start := time.Now()
		w := do(h, "POST", "/api/run", jsonBody(t, map[string]string{"source": c.src}))
		took := time.Since(start)
		var b budgetError
		if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || w.Code != 422 || b.Limit != c.limit || !strings.Contains(b.Error, b.Limit+" budget") {
			t.Errorf("%.40q: %d %.300s", c.src, w.Code, w.Body)
		}
		if c.limit == "time" && took > 3*time.Second {
			t.Errorf("%.40q took %v with a 0.5 s budget", c.src, took)
		}
		if strings.Contains(c.src, "__init__") && (len(b.Ran) == 0 || len(b.Skipped) == 0 || len(b.Ran)+len(b.Skipped) < 10) {
			t.Errorf("%.40q: ran %v, skipped %v", c.src, b.Ran, b.Skipped)
		}
	}
}

func TestShare(t *testing.T) {
	store := &MemStore{}
	h := New(nil, nil, store)
	state := `{"source": "class A: pass\n", "options": {"children": 2, "depth": 3}}`
	w := do(h, "POST", "/api/share", state)
	var r struct{ ID, URL string }
	json.Unmarshal(w.Body.Bytes(), &r)
	if w.Code != 200 || len(r.ID) != 16 || r.URL != "/s/"+r.ID {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	w2 := do(h, "POST", "/api/share", `{"options": {"depth": 3, "children": 2}, "source": "class A: pass\n"}`)
	if !strings.Contains(w2.Body.String(), r.ID) || len(store.m) != 1 {
		t.Errorf("the same state got a second id or copy: %s (%d stored)", w2.Body, len(store.m))
	}
	w = do(h, "GET", r.URL, "")
	loc := w.Header().Get("Location")
	if w.Code != 302 || !strings.HasPrefix(loc, "/#s=") {
		t.Fatalf("%d %q", w.Code, loc)
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(loc, "/#s="))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	var s State
	if err := json.Unmarshal(b, &s); err != nil || s.Source != "class A: pass\n" || s.Options.Children != 2 {
		t.Errorf("round trip: %s", b)
	}
}

// /s/{id} is the playground's page with the shared state and the matrix
// computed when it was shared in the first matrix's slot, its links based
// at the site's root.
func TestSharedPage(t *testing.T) {
	site := fstest.MapFS{"index.html": {Data: []byte(`<!doctype html><html><head><link rel="stylesheet" href="style.css"></head><body>` + slotStart + `{"source":"default"}` + slotEnd + `<script type="module" src="app.js"></script></body></html>`)}}
	store := &MemStore{}
	h := New(Files(site), FilePage(site), store)
	src := seed(t) + "# </script><script>alert(1)</script>\n"
	w := do(h, "POST", "/api/share", jsonBody(t, State{Source: src, Options: engine.VariantOptions{Depth: 2}}))
	var r struct{ ID, URL string }
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	w = do(h, "GET", r.URL, "")
	page := w.Body.String()
	if w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(w.Header().Get("Content-Security-Policy"), "base-uri 'self'") {
		t.Fatalf("%d %v", w.Code, w.Header())
	}
	if !strings.HasPrefix(page, `<!doctype html><html><head><base href="../"><link rel="stylesheet" href="style.css">`) || strings.Count(page, "</script>") != 2 {
		t.Errorf("page %.200s", page)
	}
	i := strings.Index(page, slotStart) + len(slotStart)
	var first struct {
		Share, Source string
		Options       engine.VariantOptions
		Matrix        *engine.Matrix
	}
	if err := json.Unmarshal([]byte(page[i:i+strings.Index(page[i:], slotEnd)]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Share != r.ID || first.Source != src || first.Options.Depth != 2 || first.Matrix == nil || first.Matrix.Options.Depth != 2 || len(first.Matrix.Variants) != 12 {
		t.Errorf("the slot holds %+v", first)
	}
	// a state stored before matrices were gets its matrix when shared again
	id := ShareID([]byte(`{"source":"class A: pass\n","options":{"children":0,"depth":0,"delete":"","foreignKeys":false}}`))
	store.Put(id, `{"source":"class A: pass\n","options":{"children":0,"depth":0,"delete":"","foreignKeys":false}}`)
	if w := do(h, "GET", "/s/"+id, ""); w.Code != 200 || strings.Contains(w.Body.String(), `"matrix"`) {
		t.Errorf("an old state: %d %.300s", w.Code, w.Body)
	}
	do(h, "POST", "/api/share", `{"source": "class A: pass\n"}`)
	if v, _, _ := store.Get(id); !strings.Contains(v, `"matrix":`) {
		t.Errorf("shared again, it is still stored without a matrix: %s", v)
	}
}

func TestStatic(t *testing.T) {
	site := fstest.MapFS{
		"index.html":             {Data: []byte("<!doctype html>home")},
		"engine.0123456789.wasm": {Data: []byte("wasm")}, "engine.0123456789.wasm.br": {Data: []byte("br")},
	}
	h := New(Files(site), FilePage(site), &MemStore{})
	w := do(h, "GET", "/", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "home") || w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("/: %d %v", w.Code, w.Header())
	}
	r := httptest.NewRequest("GET", "/engine.0123456789.wasm", nil)
	r.Header.Set("Accept-Encoding", "gzip, br")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Body.String() != "br" || w.Header().Get("Content-Encoding") != "br" || w.Header().Get("Content-Type") != "application/wasm" || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") {
		t.Errorf("wasm: %q %v", w.Body, w.Header())
	}
}

// A refused client gets 429 with Retry-After on the two POST endpoints only.
func TestRateLimit(t *testing.T) {
	allowed := 0
	h := RateLimit(New(nil, nil, &MemStore{}), func(*http.Request) bool { allowed++; return allowed <= 2 }, 60*time.Second)
	for i, want := range []int{200, 200, 429, 429} {
		path := "/api/run"
		if i%2 == 1 {
			path = "/api/share"
		}
		w := do(h, "POST", path, `{"source": "x = 1"}`)
		if w.Code != want || want == 429 && (w.Header().Get("Retry-After") != "60" || !strings.Contains(w.Body.String(), "too many requests")) {
			t.Errorf("request %d to %s: %d %v %s", i, path, w.Code, w.Header(), w.Body)
		}
	}
	if w := do(h, "GET", "/s/AAAAAAAAAAAAAAAA", ""); w.Code != 404 || allowed != 4 {
		t.Errorf("GET /s/ was limited: %d, %d asked", w.Code, allowed)
	}
}

func TestIsHashed(t *testing.T) {
	for name, want := range map[string]bool{
		"engine.3f9a1c2b.wasm": true, "style.cdab14c9a5.css": true, "editor.HDCJRLO6.js": true, "chunk.RMM7JZ27.js": true,
		"index.html": false, "sw.js": false, "embed.js": false, "a.3f9a1c2.js": false, "a.HDCJRLO1.js": false,
		"a.HDCJRLo6.js": false, "lessons/x.12345678.html": true, "a.ABCDEFGHI.js": false,
	} {
		if got := isHashed(name); got != want {
			t.Errorf("isHashed(%q) = %v, want %v", name, got, want)
		}
	}
}
