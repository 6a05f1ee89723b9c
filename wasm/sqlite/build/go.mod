// The inputs of ../build.sh, pinned by this file and go.sum: SQLite 3.54.1's amalgamation as
// mattn/go-sqlite3 vendors it, go-sqlite3-wasm's C bindings and configuration (the version the
// engine's go.mod names), and wasm2go's libc-gen for its libc headers.
module cascadelab/wasm/sqlite/build

go 1.26.0

tool github.com/ncruces/wasm2go/libc-gen

require (
	github.com/mattn/go-sqlite3 v1.14.53
	github.com/ncruces/go-sqlite3-wasm/v6 v6.5.35401
	github.com/ncruces/wasm2go v0.4.20
	golang.org/x/tools v0.52.0 // indirect
)
