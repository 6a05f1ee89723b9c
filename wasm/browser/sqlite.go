//go:build sqlitejs

package main

import (
	"cascadelab/engine/sqlite"
	"cascadelab/wasm/sqlitejs"
)

// With the tag sqlitejs the engine runs SQLite's own wasm, which the
// worker's host (web/src/sqlite.js) instantiates, instead of the Go
// translation: the engine wasm leaves the translation out.
func init() { sqlite.Use(sqlitejs.Open) }
