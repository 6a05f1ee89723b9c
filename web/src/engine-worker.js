// The engine in a Web Worker: Go's wasm_exec.js (prepended by the build)
// defines Go; the wasm registers self.cascadelab. Requests are
// {id, kind, payload}; answers {id, out} (a JSON string) or {id, fatal}.
/* global Go, WASM_URL */

const ready = (async () => {
  const go = new Go();
  const registered = new Promise((resolve) => { self.cascadelabReady = resolve; });
  const { instance } = await WebAssembly.instantiateStreaming(fetch(WASM_URL), go.importObject);
  go.run(instance);
  await registered;
})();

self.onmessage = async (e) => {
  const { id, kind, payload } = e.data;
  try {
    await ready;
    const out = self.cascadelab[kind](JSON.stringify(payload));
    self.postMessage({ id, out });
  } catch (err) {
    self.postMessage({ id, fatal: String(err && err.message || err) });
  }
};
