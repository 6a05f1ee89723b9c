//go:build sqlitejs

package store

// useDefault registers nothing: the browser build (tag sqlitejs) runs
// SQLite's own wasm through the driver its main registers.
func useDefault() {}
