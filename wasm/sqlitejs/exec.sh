#!/bin/sh
# go test -exec for this package under GOOS=js: Go's wasm runner with the
# SQLite host loaded first (preload.mjs).
exec node --stack-size=8192 --import "$(dirname "$0")/preload.mjs" "$(go env GOROOT)/lib/wasm/wasm_exec_node.js" "$@"
