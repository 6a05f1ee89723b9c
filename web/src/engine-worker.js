// The engine in a Web Worker: Go's wasm_exec.js (prepended by the build)
// defines Go. The page sends the compiled module first ({module}), then
// requests {id, kind, payload}; it says {ready: true} once the Go runtime
// has started (and run its warm-up, wasm/browser), {id, started: true} as it
// begins a call (the page's watchdog times the call from there), and answers
// {id, out} (a JSON string) or {id, fatal}.
/* global Go */

let ready;

let booted = 0; // ms the instance took to start, reported with the first answer

function boot(module) {
  const go = new Go();
  const t0 = performance.now();
  const registered = new Promise((resolve) => { self.cascadelabReady = resolve; });
  ready = WebAssembly.instantiate(module, go.importObject).then((instance) => {
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
};
