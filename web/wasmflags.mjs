// How every wasm build of the engine compiles (web/build.mjs, the size
// check, the Worker and the wasm tests through the Makefile): the Go
// translation of SQLite without bounds checks. SQLite is C; pysqlite runs
// it compiled natively, without them, and the translation's checks only
// stood for wasm's memory traps. They were 3.6 MB of the engine's 23.4 MB
// of wasm (0.66 MB of its 4.27 MB brotli). Every other package keeps its
// checks: a bug in the engine's own code must still panic.
// Every package is compiled without inlining (-l; a later -gcflags pattern
// wins over an earlier one for the packages it names) but the hot ones:
// SQLite's translation and its Go wrapper (github.com/ncruces/...), the
// runtime and the standard library's internals (internal/..., sync/...:
// maps, atomics, the allocator), whose small functions run per statement,
// per value or per map access. The engine's own packages alone without it
// took 0.35 MB of the 3.86 MB brotli (9 %) in the first pass, at the same
// speed natively (the realworld corpus and the Python suite through the CLI,
// 8.9-10.7 s with inlining, 7.1-9.1 s without, three rounds each on a quiet
// machine), since SQLite, which keeps its inlining, does most of a run's
// work. The rest of the standard library (encoding/json, fmt, math/big,
// time, strings, ...) without it took 0.069 MB more (3.694 -> 3.626 MB), at
// the same speed (docs/performance.md, eighth session); without inlining in
// the internals too, 0.087 MB, but the Python suite ran 27 % slower natively.
export const goWasmFlags = [
  '-gcflags=all=-l', '-gcflags=runtime=', '-gcflags=internal/...=', '-gcflags=sync/...=', '-gcflags=github.com/ncruces/...=',
  '-gcflags=github.com/ncruces/go-sqlite3-wasm/v6=-B',
];

// run as a script, it prints them for the Makefile
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) console.log(goWasmFlags.join(' '));
