// Package server is the playground's HTTP handler: the API (/api/run,
// /api/share, /s/{id}) and the static site with pre-compressed files, strict
// security headers and long cache lifetimes for content-hashed files.
// cascadelab serve uses it natively, and the Cloudflare Worker runs the
// same handler (there the platform serves the static files).
package server

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"runtime"
	"strings"
	"time"

	"cascadelab/engine"
)

// modTime is zero: embedded files have none, and ETags come from the hash
// in the name for files that change.
var modTime time.Time

// New serves the API with store, /s/{id} in page, and everything else with
// static (the site's files); a nil static answers 404, a nil page makes
// /s/{id} a redirect to the playground with the state in its fragment.
func New(static http.Handler, page Page, store Store) http.Handler {
	return newHandler(static, page, store, engine.Bounds.Timeout)
}

// Page reads the playground's page (index.html) for r.
type Page func(r *http.Request) ([]byte, error)

// Files serves the site in fsys, with its pre-compressed forms.
func Files(fsys fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { serveFile(w, r, fsys) })
}

// FilePage reads the playground's page from the site in fsys.
func FilePage(fsys fs.FS) Page {
	return func(*http.Request) ([]byte, error) { return fs.ReadFile(fsys, "index.html") }
}

// The slot of the page's first matrix (web/src/index.html): the default
// example's, pre-rendered by the build, or a shared state's.
const (
	slotStart = `<script id="prerendered" type="application/json">`
	slotEnd   = `</script>`
)

// sharedPage is the playground's page html with the shared state sh (and
// its matrix, when stored) in the first matrix's slot, and a base that
// points its relative links from /s/{id} back to the site's root; false
// when html has no slot.
func sharedPage(html []byte, id string, sh shared) ([]byte, bool) {
	i := bytes.Index(html, []byte(slotStart))
	if i < 0 {
		return nil, false
	}
	i += len(slotStart)
	j := bytes.Index(html[i:], []byte(slotEnd))
	head := bytes.Index(html, []byte("<head>"))
	if j < 0 || head < 0 || head > i {
		return nil, false
	}
	// json.Marshal writes <, > and & as \u escapes: nothing closes the script
	first, err := json.Marshal(struct {
		Share   string                `json:"share"`
		Source  string                `json:"source"`
		Options engine.VariantOptions `json:"options"`
		Matrix  json.RawMessage       `json:"matrix,omitempty"`
	}{id, sh.Source, sh.Options, sh.Matrix})
	if err != nil {
		return nil, false
	}
	head += len("<head>")
	var b bytes.Buffer
	b.Write(html[:head])
	b.WriteString(`<base href="../">`)
	b.Write(html[head:i])
	b.Write(first)
	b.Write(html[i+j:])
	return b.Bytes(), true
}

func newHandler(static http.Handler, page Page, store Store, budget time.Duration) http.Handler {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".mjs", "text/javascript")
	a := &api{store: store, page: page, budget: budget, runs: make(chan struct{}, runtime.GOMAXPROCS(0))}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/run", cors(a.run))
	mux.HandleFunc("/api/share", a.share)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		fail(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	mux.HandleFunc("/s/", a.open)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if static == nil {
			fail(w, http.StatusNotFound, "not found: "+r.URL.Path)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			fail(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", fileCORS)
		static.ServeHTTP(w, r)
	})
	return secure(mux)
}

// CSP allows only this origin: no inline script runs, the wasm compiles,
// workers come from here; inline styles are CodeMirror's.
const CSP = cspCommon + "; base-uri 'none'"

// sharedCSP is the CSP of a shared page, /s/{id}, whose base element (this
// origin's site root) is all that differs.
const sharedCSP = cspCommon + "; base-uri 'self'"

const cspCommon = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-ancestors *; form-action 'none'; object-src 'none'"

// siteHeaders go on every answer, the API's and the site's files'.
var siteHeaders = [][2]string{{"Content-Security-Policy", CSP}, {"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}}

// fileCORS lets the widget and its engine load from other sites.
const fileCORS = "*"

func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, kv := range siteHeaders {
			w.Header().Set(kv[0], kv[1])
		}
		h.ServeHTTP(w, r)
	})
}

// AssetHeaders is the _headers file of Workers static assets, which answer
// the site's files without the Go worker: the same headers this handler
// gives a file, a year of caching for the content-hashed names among names
// (paths relative to the site's root) and revalidation for the rest.
func AssetHeaders(names []string) string {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, kv := range siteHeaders {
		b.WriteString("  " + kv[0] + ": " + kv[1] + "\n")
	}
	b.WriteString("  Access-Control-Allow-Origin: " + fileCORS + "\n")
	b.WriteString("  Cache-Control: " + cacheControl("") + "\n")
	for _, n := range names {
		if isHashed(n) {
			// a later rule's header is appended to an earlier one's: drop it first
			b.WriteString("/" + n + "\n  ! Cache-Control\n  Cache-Control: " + cacheControl(n) + "\n")
		}
	}
	return b.String()
}

// encodings are the pre-compressed forms the build writes beside a file.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

func serveFile(w http.ResponseWriter, r *http.Request, fsys fs.FS) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	if st, err := fs.Stat(fsys, name); err != nil || st.IsDir() {
		if err == nil {
			name = path.Join(name, "index.html")
		}
		if _, err := fs.Stat(fsys, name); err != nil {
			fail(w, http.StatusNotFound, "not found: "+r.URL.Path)
			return
		}
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Add("Vary", "Accept-Encoding")
	h.Set("Cache-Control", cacheControl(name))
	accept := r.Header.Get("Accept-Encoding")
	for _, e := range encodings {
		if !strings.Contains(accept, e.name) {
			continue
		}
		if b, err := fs.ReadFile(fsys, name+e.ext); err == nil {
			h.Set("Content-Encoding", e.name)
			http.ServeContent(w, r, name, modTime, bytes.NewReader(b))
			return
		}
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		fail(w, http.StatusNotFound, "not found: "+r.URL.Path)
		return
	}
	http.ServeContent(w, r, name, modTime, bytes.NewReader(b))
}

// cacheControl is the caching a file gets: a year for content-hashed files,
// revalidation for the rest.
func cacheControl(name string) string {
	if isHashed(name) {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// isHashed reports whether a file name carries a content hash, so it can
// be cached forever: the build's own, hex (engine.3f9a1c2b.wasm), or
// esbuild's for the page's script and its chunks, base32 in capitals
// (editor.HDCJRLO6.js).
func isHashed(name string) bool {
	parts := strings.Split(path.Base(name), ".")
	if len(parts) < 3 {
		return false
	}
	h := parts[len(parts)-2]
	only := func(digits string) bool {
		return strings.Trim(h, digits) == ""
	}
	return len(h) >= 8 && only("0123456789abcdef") || len(h) == 8 && only("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
}
