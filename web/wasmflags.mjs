// How every wasm build of the engine compiles (web/build.mjs, the size
// check, the Worker and the wasm tests through the Makefile): the Go
// translation of SQLite without bounds checks. SQLite is C; pysqlite runs
// it compiled natively, without them, and the translation's checks only
// stood for wasm's memory traps. They were 3.6 MB of the engine's 23.4 MB
// of wasm (0.66 MB of its 4.27 MB brotli). Every other package keeps its
// checks: a bug in the engine's own code must still panic.
// The engine's own packages are compiled without inlining: 0.35 MB of the
// 3.86 MB brotli (9 %), and the same speed natively within the noise (the
// realworld corpus and the Python suite through the CLI, 8.9-10.7 s with
// inlining, 7.1-9.1 s without, three rounds each on a quiet machine), since
// SQLite, which keeps its inlining, does most of a run's work.
export const goWasmFlags = ['-gcflags=github.com/ncruces/go-sqlite3-wasm/v6=-B', '-gcflags=cascadelab/...=-l'];

// run as a script, it prints them for the Makefile
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) console.log(goWasmFlags.join(' '));
