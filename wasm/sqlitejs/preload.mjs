// Node's side of the driver's tests (exec.sh): the host of web/src/sqlite.js
// over the SQLite wasm at $SQLITE_WASM, where the engine-worker puts it.
import { readFileSync } from 'node:fs';
import { sqliteHost } from '../../web/src/sqlite.js';

globalThis.cascadelabSQLite = sqliteHost(new WebAssembly.Module(readFileSync(process.env.SQLITE_WASM)));
