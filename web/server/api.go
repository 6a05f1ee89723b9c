package server

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"

	"cascadelab/engine"
)

// Store keeps shared playground states: Cloudflare KV in the worker, a map
// when serving natively.
type Store interface {
	Get(id string) (string, bool, error)
	Put(id, state string) error
}

// MaxBody bounds every request body.
const MaxBody = 64 << 10

// State is what the playground shares: its text and scenario options.
type State struct {
	Source  string                `json:"source"`
	Options engine.VariantOptions `json:"options"`
}

// shared is what the store keeps under a state's id: the state and the
// matrix the engine computed for it when it was shared, which /s/{id}
// paints at once (the page's live engine then confirms it). Matrix is
// absent when the server was busy or the run went over a budget, and in
// states stored before matrices were: the page then computes it.
type shared struct {
	State
	Matrix json.RawMessage `json:"matrix,omitempty"`
}

// runRequest is /api/run's body.
type runRequest struct {
	Name     string                `json:"name"`
	Source   *string               `json:"source"`
	Options  engine.VariantOptions `json:"options"`
	Variants []string              `json:"variants"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(compact(v))
}

// compact is v as JSON on one line, with <, > and & as themselves: the
// answers are never HTML, and escaping them makes a script's text up to 6
// times longer.
func compact(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return b.Bytes()
}

func fail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// readBody reads a body of at most MaxBody bytes that is one JSON value of
// v's shape and nothing after it. Only application/json is taken: a
// cross-site form or text/plain POST needs no preflight, this one does.
func readBody(w http.ResponseWriter, r *http.Request, v any) bool {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, OPTIONS")
		fail(w, http.StatusMethodNotAllowed, "use POST with a JSON body")
		return false
	}
	if t, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); t != "application/json" {
		fail(w, http.StatusUnsupportedMediaType, "send the body as Content-Type: application/json")
		return false
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		fail(w, http.StatusRequestEntityTooLarge, "the body is over 64 KB")
		return false
	}
	if err != nil {
		fail(w, http.StatusBadRequest, "could not read the body: "+err.Error())
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		fail(w, http.StatusBadRequest, "the body is not the JSON this endpoint takes: "+err.Error())
		return false
	}
	if _, err := dec.Token(); err != io.EOF {
		fail(w, http.StatusBadRequest, "the body is not the JSON this endpoint takes: something follows its JSON value")
		return false
	}
	return true
}

// budgets name the limits a run can go over, for the 422.
var budgets = []struct {
	kind error
	name string
}{{engine.BudgetTime, "time"}, {engine.BudgetSteps, "steps"}, {engine.BudgetMemory, "memory"}, {engine.BudgetRows, "rows"}}

// overBudget is the first budget error of the matrix (the models' own run,
// then the variants in order) and the name of its limit; nil when none.
func overBudget(m *engine.Matrix) (*engine.Exception, string) {
	errs := []*engine.Exception{m.Error}
	for _, v := range m.Variants {
		errs = append(errs, v.Error)
	}
	for _, e := range errs {
		for _, b := range budgets {
			if e != nil && errors.Is(e, b.kind) {
				return e, b.name
			}
		}
	}
	return nil, ""
}

// budgetError is a 422's body: which limit stopped the matrix, and which
// variants ran before it and which were skipped.
type budgetError struct {
	Error   string   `json:"error"`
	Limit   string   `json:"limit"` // time, steps, memory or rows
	Ran     []string `json:"ran"`
	Skipped []string `json:"skipped"`
}

func (a *api) run(w http.ResponseWriter, r *http.Request) {
	var req runRequest
	if !readBody(w, r, &req) {
		return
	}
	select {
	case a.runs <- struct{}{}:
		defer func() { <-a.runs }()
	default:
		TooMany(w, a.budget, "the server is running other models: try again in "+a.budget.String())
		return
	}
	if req.Source == nil {
		fail(w, http.StatusBadRequest, `the body needs "source": the models or script`)
		return
	}
	if req.Name == "" {
		req.Name = "models.py"
	}
	o := req.Options
	if len(req.Variants) > 0 {
		o.Only = req.Variants
	}
	if err := o.Check(); err != nil {
		fail(w, http.StatusBadRequest, "options out of range: "+err.Error())
		return
	}
	m := a.variants(req.Name, *req.Source, o)
	if e, limit := overBudget(m); e != nil {
		body := budgetError{Error: fmt.Sprintf("the models went over the %s budget (%d steps and %v for the whole request) and were stopped: %s", limit, engine.Bounds.Steps, a.budget, e.Message), Limit: limit, Ran: []string{}, Skipped: []string{}}
		for _, v := range m.Variants {
			if v.Outcome == "skipped" {
				body.Skipped = append(body.Skipped, v.ID)
			} else {
				body.Ran = append(body.Ran, v.ID)
			}
		}
		writeJSON(w, http.StatusUnprocessableEntity, body)
		return
	}
	writeJSON(w, http.StatusOK, m)
}

// variants runs the engine on source with the server's budget.
func (a *api) variants(name, source string, o engine.VariantOptions) *engine.Matrix {
	o.Run = engine.Options{Timeout: a.budget, Yield: yieldToHost}
	o.Steps = engine.Bounds.Steps
	return engine.Variants(engine.File{Name: name, Text: source}, o)
}

// withMatrix is s with the matrix the engine computes for it, or without
// one when every thread is running models (a share is not refused for
// that) or the run went over a budget.
func (a *api) withMatrix(s State) shared {
	select {
	case a.runs <- struct{}{}:
		defer func() { <-a.runs }()
	default:
		return shared{State: s}
	}
	m := a.variants("models.py", s.Source, s.Options)
	if e, _ := overBudget(m); e != nil {
		return shared{State: s}
	}
	return shared{State: s, Matrix: bytes.TrimSuffix(compact(m), []byte("\n"))}
}

// ShareID names a state by its hash: 96 bits, URL-safe, so the same state
// always gets the same id and ids cannot be guessed.
func ShareID(state []byte) string {
	sum := sha256.Sum256(state)
	return base64.RawURLEncoding.EncodeToString(sum[:12])
}

var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]{16}$`)

func (a *api) share(w http.ResponseWriter, r *http.Request) {
	var s State
	if !readBody(w, r, &s) {
		return
	}
	if strings.TrimSpace(s.Source) == "" {
		fail(w, http.StatusBadRequest, `the state needs a non-empty "source"`)
		return
	}
	if err := s.Options.Check(); err != nil {
		fail(w, http.StatusBadRequest, "options out of range: "+err.Error())
		return
	}
	id := ShareID(bytes.TrimSuffix(compact(s), []byte("\n"))) // one spelling per state, so one id
	old, ok, err := a.store.Get(id)
	if err != nil {
		fail(w, http.StatusInternalServerError, "the share store failed: "+err.Error())
		return
	}
	var prev shared
	if !ok || json.Unmarshal([]byte(old), &prev) != nil || prev.Matrix == nil {
		if err := a.store.Put(id, string(bytes.TrimSuffix(compact(a.withMatrix(s)), []byte("\n")))); err != nil {
			fail(w, http.StatusInternalServerError, "the share store failed: "+err.Error())
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": id, "url": "/s/" + id})
}

// open answers /s/{id} with the playground's page holding the shared state
// and its matrix where the default page holds its pre-rendered one; with
// no page to read, it redirects to the playground with the state in the
// fragment, in the playground's own encoding (deflate-raw, base64url).
func (a *api) open(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/s/")
	if !idRE.MatchString(id) {
		fail(w, http.StatusNotFound, "no such shared state")
		return
	}
	state, ok, err := a.store.Get(id)
	if err != nil {
		fail(w, http.StatusInternalServerError, "the share store failed: "+err.Error())
		return
	}
	if !ok {
		fail(w, http.StatusNotFound, "no such shared state")
		return
	}
	var sh shared
	if err := json.Unmarshal([]byte(state), &sh); err != nil {
		fail(w, http.StatusInternalServerError, "the share store holds something that is no state: "+err.Error())
		return
	}
	if a.page != nil {
		if html, err := a.page(r); err == nil {
			if b, ok := sharedPage(html, id, sh); ok {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Security-Policy", sharedCSP)
				w.Header().Set("Cache-Control", "no-store")
				w.Write(b)
				return
			}
		}
	}
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	fw.Write(bytes.TrimSuffix(compact(sh.State), []byte("\n")))
	fw.Close()
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, "/#s="+base64.RawURLEncoding.EncodeToString(buf.Bytes()), http.StatusFound)
}

// yieldToHost lets a Worker isolate, whose one thread a run holds, answer
// its other requests (with a 429) during the run: a sleep returns to the
// JavaScript event loop when nothing else can run. Natively threads do that.
func yieldToHost() {
	if runtime.GOOS == "js" {
		time.Sleep(time.Millisecond)
	}
}

type api struct {
	store  Store
	page   Page
	budget time.Duration
	// runs holds a token per /api/run in progress, one per thread: a run
	// past them is refused at once (429) rather than queued behind runs
	// that may each take the whole budget, each holding its memory. (The
	// worker, whose every request gets its own Go instance, keeps this
	// count on the isolate instead: wasm/worker.)
	runs chan struct{}
}

// cors lets any page call /api/run (embeds, bots), never with credentials.
func cors(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "POST, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			w.Header().Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h(w, r)
	}
}

// MemStore is a Store in memory, for cascadelab serve and tests.
type MemStore struct {
	mu sync.Mutex
	m  map[string]string
}

// Get implements Store.
func (s *MemStore) Get(id string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[id]
	return v, ok, nil
}

// Put implements Store.
func (s *MemStore) Put(id, state string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]string{}
	}
	s.m[id] = state
	return nil
}
