//go:build js && wasm

// Command browser is the engine in a Web Worker: it registers
// cascadelab.variants, which takes and returns a JSON string, and then
// waits for calls.
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

// warmModels are fixed, small models run once before the worker says it is
// ready: V8 compiles the engine's functions (the translated SQLite's are
// huge) on their first call, which made a worker's first matrix take
// seconds, under load more than the page's time limit. Starting the
// runtime is not timed by the page's watchdog; so this run, on input that
// cannot loop, is not either, and a visitor's first matrix is timed warm.
const warmModels = `from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

class Parent(Base):
    __tablename__ = "parent"
    id = Column(Integer, primary_key=True)
    children = relationship("Child", backref="parent")

class Child(Base):
    __tablename__ = "child"
    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("parent.id", ondelete="CASCADE"))
`

func main() {
	warm, _ := json.Marshal(request{Source: warmModels})
	variants(string(warm))
	api := js.Global().Get("Object").New()
	api.Set("variants", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 {
			return variants("{}")
		}
		return variants(args[0].String())
	}))
	js.Global().Set("cascadelab", api)
	if ready := js.Global().Get("cascadelabReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
