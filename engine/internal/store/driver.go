//go:build !sqlitejs

package store

import (
	"cascadelab/engine/sqlite"
	"cascadelab/engine/sqlite/gosqlite"
)

// useDefault registers go-sqlite3, SQLite translated to Go: the driver of
// every build but the browser's (tag sqlitejs), which registers its own.
func useDefault() { sqlite.Use(gosqlite.Open) }
