//go:build js && wasm

// Command browser is the engine in a Web Worker: it registers
// cascadelab.variants and cascadelab.run, which take and return JSON
// strings, and then waits for calls.
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

func decode(args []js.Value) (request, error) {
	var r request
	if len(args) == 0 {
		return r, nil
	}
	err := json.Unmarshal([]byte(args[0].String()), &r)
	if r.Name == "" {
		r.Name = "models.py"
	}
	return r, err
}

func reply(v any, err error) any {
	if err != nil {
		v = map[string]string{"fatal": err.Error()}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func main() {
	api := js.Global().Get("Object").New()
	api.Set("variants", js.FuncOf(func(this js.Value, args []js.Value) any {
		r, err := decode(args)
		if err != nil {
			return reply(nil, err)
		}
		return reply(engine.Variants(engine.File{Name: r.Name, Text: r.Source}, r.Options), nil)
	}))
	api.Set("run", js.FuncOf(func(this js.Value, args []js.Value) any {
		r, err := decode(args)
		if err != nil {
			return reply(nil, err)
		}
		return reply(engine.Run(engine.File{Name: r.Name, Text: r.Source}, engine.Options{}), nil)
	}))
	js.Global().Set("cascadelab", api)
	if ready := js.Global().Get("cascadelabReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
