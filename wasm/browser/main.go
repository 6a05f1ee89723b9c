//go:build js && wasm

// Command browser is the engine in a Web Worker: it registers
// cascadelab.variants and cascadelab.fixes, which take and return a JSON
// string, and cascadelab.prepare (engine.Prepare), and then waits for calls.
package main

import (
	"encoding/json"
	"syscall/js"

	"cascadelab/engine"
)

// request is what the page sends.
type request struct {
	Name    string                `json:"name"`
	Source  string                `json:"source"`
	Options engine.VariantOptions `json:"options"`
}

func variants(arg string) any {
	var r request
	if err := json.Unmarshal([]byte(arg), &r); err != nil {
		b, _ := json.Marshal(map[string]string{"fatal": err.Error()})
		return string(b)
	}
	if r.Name == "" {
		r.Name = "models.py"
	}
	// the steps stop a runaway, the same on a busy machine as on an idle
	// one; the page's watchdog (engine.Bounds.Watchdog) stops a run stuck
	// in one step, and the engine's own clock is only the backstop behind it
	r.Options.Steps = engine.Bounds.Steps
	r.Options.Run.Timeout = 2 * engine.Bounds.Watchdog
	b, _ := json.Marshal(engine.Variants(engine.File{Name: r.Name, Text: r.Source}, r.Options))
	return string(b)
}

// fixes marks the variants of a matrix the page merged from its workers'
// parts ({variants: [{id, outcome}]}, engine.MarkFixes) and answers
// {fixes: [id, ...]}.
func fixes(arg string) any {
	var m engine.Matrix
	if err := json.Unmarshal([]byte(arg), &m); err != nil {
		b, _ := json.Marshal(map[string]string{"fatal": err.Error()})
		return string(b)
	}
	engine.MarkFixes(m.Variants)
	ids := []string{}
	for _, v := range m.Variants {
		if v.Fixes {
			ids = append(ids, v.ID)
		}
	}
	b, _ := json.Marshal(map[string][]string{"fixes": ids})
	return string(b)
}

// main registers the API at once: no warm-up run. V8 compiles the
// engine's functions on their first call, so the visitor's first matrix
// pays for that; a fixed warm-up matrix run first made it cheaper (0.7 s
// instead of 2.3 s of CPU) but cost more than it saved (2.2 s), and each
// worker ran it, though the workers share the module's compiled code. The
// page's watchdog (30 s) and the steps bound a cold first run as any other.
func main() {
	api := js.Global().Get("Object").New()
	// prepare is engine.Prepare, which the worker calls between requests
	api.Set("prepare", js.FuncOf(func(js.Value, []js.Value) any { return engine.Prepare() }))
	for name, call := range map[string]func(string) any{"variants": variants, "fixes": fixes} {
		api.Set(name, js.FuncOf(func(this js.Value, args []js.Value) any {
			if len(args) == 0 {
				return call("{}")
			}
			return call(args[0].String())
		}))
	}
	js.Global().Set("cascadelab", api)
	if ready := js.Global().Get("cascadelabReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
