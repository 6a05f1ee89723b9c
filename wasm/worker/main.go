//go:build js && wasm

// Command worker is cascadelab on Cloudflare Workers (syumai/workers): the
// same handler as cascadelab serve, /api/run, /api/share and /s/{id}, with
// shared states in Workers KV. The site's files never reach it: Workers
// static assets answer them, with the headers of their _headers file
// (wasm/worker/assets); a path that is no file comes here for a JSON 404.
// /s/{id} reads the playground's page from the assets (the ASSETS binding).
package main

import (
	"errors"
	"fmt"
	"net/http"
	"syscall/js"
	"time"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/kv"

	"cascadelab/web/server"
)

// kvStore keeps shared states in the SHARES namespace. The namespace is
// looked up per call: bindings exist only while a request is handled.
type kvStore struct{}

func (kvStore) Get(id string) (string, bool, error) {
	ns, err := kv.NewNamespace("SHARES")
	if err != nil {
		return "", false, err
	}
	v, err := ns.GetString(id, nil)
	// a missing key is JavaScript's null, which String() spells "<null>";
	// a stored state is always a JSON object
	if err != nil || v == "<null>" || v == "" {
		return "", false, err
	}
	return v, true, nil
}

func (kvStore) Put(id, state string) error {
	ns, err := kv.NewNamespace("SHARES")
	if err != nil {
		return err
	}
	return ns.PutString(id, state, nil)
}

// page reads the playground's index.html from the static assets. (The
// binding's fetch is called on the binding itself: workers' fetch client
// calls it without its this, which the runtime refuses.)
func page(r *http.Request) ([]byte, error) {
	assets := cloudflare.GetBinding("ASSETS")
	if assets.IsUndefined() || assets.IsNull() {
		return nil, errors.New("no ASSETS binding")
	}
	u := *r.URL
	u.Path, u.RawQuery, u.Fragment = "/index.html", "", ""
	if u.Host == "" { // the binding takes absolute URLs only
		u.Scheme, u.Host = "http", r.Host
	}
	res, err := await(assets.Call("fetch", u.String()))
	if err != nil {
		return nil, err
	}
	if status := res.Get("status").Int(); status != http.StatusOK {
		return nil, fmt.Errorf("the assets answered /index.html with %d", status)
	}
	text, err := await(res.Call("text"))
	if err != nil {
		return nil, err
	}
	return []byte(text.String()), nil
}

// ratePeriod is the period of the RATE_LIMITER binding in wrangler.jsonc.
const ratePeriod = 60 * time.Second

// allow asks the RATE_LIMITER binding (Cloudflare's rate limiting, keyed by
// the client's address) whether the client may make another request; with
// no binding configured every request is allowed, and so is one whose check
// fails (the limit is a brake, not a gate the site depends on).
func allow(r *http.Request) bool {
	rl := cloudflare.GetBinding("RATE_LIMITER")
	if rl.IsUndefined() || rl.IsNull() {
		return true
	}
	key := r.Header.Get("CF-Connecting-IP")
	opts := js.Global().Get("Object").New()
	opts.Set("key", key)
	res, err := await(rl.Call("limit", opts))
	return err != nil || res.Get("success").Bool()
}

// await waits for a JavaScript promise.
func await(p js.Value) (js.Value, error) {
	done := make(chan struct{})
	var v js.Value
	var err error
	then := js.FuncOf(func(_ js.Value, args []js.Value) any { v = args[0]; close(done); return nil })
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		err = errors.New(args[0].Call("toString").String())
		close(done)
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then).Call("catch", catch)
	<-done
	return v, err
}

func main() {
	workers.Serve(server.RateLimit(server.New(nil, page, kvStore{}), allow, ratePeriod))
}
