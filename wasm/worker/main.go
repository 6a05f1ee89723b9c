//go:build js && wasm

// Command worker is cascadelab on Cloudflare Workers (syumai/workers): the
// same handler as cascadelab serve, /api/run, /api/share and /s/{id}, with
// shared states in Workers KV; the site's files come from Workers static
// assets, through this worker so that they get the same headers.
package main

import (
	"errors"
	"net/http"
	"path"
	"syscall/js"

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

// assets answers from the ASSETS binding (Workers static assets). The
// binding's fetch must be called as its method, so this calls it directly.
func assets(w http.ResponseWriter, r *http.Request) {
	headers := js.Global().Get("Headers").New()
	for k, vs := range r.Header {
		for _, v := range vs {
			headers.Call("append", k, v)
		}
	}
	init := js.Global().Get("Object").New()
	init.Set("method", http.MethodGet) // a HEAD is answered from the GET's headers
	init.Set("headers", headers)
	u := *r.URL
	u.Scheme, u.Host = "https", r.Host
	req := js.Global().Get("Request").New(u.String(), init)
	res, err := await(cloudflare.GetBinding("ASSETS").Call("fetch", req))
	if err != nil {
		http.Error(w, "static assets: "+err.Error(), http.StatusBadGateway)
		return
	}
	it := res.Get("headers").Call("entries")
	for e := it.Call("next"); !e.Get("done").Bool(); e = it.Call("next") {
		kv := e.Get("value")
		w.Header().Add(kv.Index(0).String(), kv.Index(1).String())
	}
	var body []byte
	if !res.Get("body").IsNull() {
		buf, err := await(res.Call("arrayBuffer"))
		if err != nil {
			http.Error(w, "static assets: "+err.Error(), http.StatusBadGateway)
			return
		}
		arr := js.Global().Get("Uint8Array").New(buf)
		body = make([]byte, arr.Get("length").Int())
		js.CopyBytesToGo(body, arr)
	}
	w.Header().Del("Content-Length")
	w.Header().Del("Content-Encoding") // the runtime gives the body decoded
	w.Header().Set("Cache-Control", server.CacheControl(path.Base(r.URL.Path)))
	w.WriteHeader(res.Get("status").Int())
	if r.Method != http.MethodHead {
		w.Write(body)
	}
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
	workers.Serve(server.New(http.HandlerFunc(assets), kvStore{}))
}
