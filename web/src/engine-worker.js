// The engine in a Web Worker: Go's wasm_exec.js (prepended by the build)
// defines Go. The page sends the compiled module first ({module}), or to
// the first worker the wasm's URL ({wasm}: it compiles it and answers
// {module}, or {compileError}), then
// requests {id, kind, payload}; it says {ready: true} once the Go runtime
// has started, {id, started: true} as it
// begins a call (the page's watchdog times the call from there), and answers
// {id, out} (a JSON string) or {id, fatal}.
/* global Go, SQLITE_URL */
import { sqliteHost } from './sqlite.js';

let ready;

// wasmResponse fetches the engine through the HTTP cache, where V8 keeps
// its compiled code; failing that (offline, or the entry evicted), the
// service worker's copy (sw.js).
const wasmResponse = (url) => fetch(url)
  .then((r) => (r.ok ? r : Promise.reject(new Error(`HTTP ${r.status}`))))
  .catch(() => fetch(`${url}?offline`));

let booted = 0; // ms the instance took to start, reported with the first answer

// With SQLITE_URL (the build's flag for SQLite's own wasm, web/build.mjs),
// the engine's module is {engine, sqlite}: the two compiled modules, and
// the worker gives the engine its SQLite host (web/src/sqlite.js).
const engineModule = (m) => (SQLITE_URL ? m.engine : m);

// compile compiles the engine and, with SQLITE_URL, SQLite's wasm beside it
// (beside the engine's: a widget's worker runs from a blob, its page
// elsewhere, and gets the engine's URL whole).
function compile(url) {
  const engine = WebAssembly.compileStreaming(wasmResponse(url));
  if (!SQLITE_URL) return engine;
  const sqlite = WebAssembly.compileStreaming(wasmResponse(new URL(SQLITE_URL, new URL(url, self.location.href)).href));
  return Promise.all([engine, sqlite]).then(([e, s]) => ({ engine: e, sqlite: s }));
}

// boot starts the runtime of module (as compile gives it, or a promise of it).
function boot(module) {
  const go = new Go();
  let t0;
  const registered = new Promise((resolve) => { self.cascadelabReady = resolve; });
  ready = Promise.resolve(module).then((m) => {
    t0 = performance.now();
    if (SQLITE_URL) self.cascadelabSQLite = sqliteHost(m.sqlite);
    return WebAssembly.instantiate(engineModule(m), go.importObject);
  }).then((instance) => {
    go.run(instance);
    return registered;
  }).then(() => { booted = performance.now() - t0; });
  // started or failed to (then every call answers fatal), the page may time calls now
  ready.catch(() => {}).then(() => self.postMessage({ ready: true }));
}

self.onmessage = async (e) => {
  if (e.data.module) {
    boot(e.data.module);
    return;
  }
  if (e.data.wasm) {
    // the first worker compiles the wasm, off the page's main thread, and
    // hands the module to the page for the other workers
    const t0 = performance.now();
    const compiled = compile(e.data.wasm);
    compiled.then((module) => self.postMessage({ module, compileMs: performance.now() - t0 }),
      (err) => self.postMessage({ compileError: String((err && err.message) || err) }));
    boot(compiled);
    return;
  }
  const { id, kind, payload } = e.data;
  try {
    await ready;
    self.postMessage({ id, started: true });
    const t0 = performance.now();
    const out = self.cascadelab[kind](JSON.stringify(payload));
    self.postMessage({ id, out, ms: performance.now() - t0, booted });
  } catch (err) {
    self.postMessage({ id, fatal: String((err && err.message) || err) });
  }
  prepare();
};

// Between requests the engine builds the next matrix's runs' modules and
// databases ahead (cascadelab.prepare), one of each per task, so that a
// request waits behind one at most.
let preparing = false;
function prepare() {
  if (preparing || !self.cascadelab || !self.cascadelab.prepare) return;
  preparing = true;
  const step = () => {
    let more = false;
    try { more = self.cascadelab.prepare(); } catch { /* the runtime has stopped: its calls answer fatal */ }
    if (more) setTimeout(step, 0);
    else preparing = false;
  };
  setTimeout(step, 0);
}
