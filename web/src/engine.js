// The page's side of the engine: the wasm is compiled once, by the first
// worker (its streaming compile kept the page's main thread busy for
// hundreds of milliseconds), and shared with one worker per core (two at
// most); a matrix is split between them by
// variant and merged back. A watchdog replaces workers stuck longer than
// the limit: it times the engine's own run, from the moment a worker starts
// a call, so neither a cold start (compiling, starting the runtime) nor a
// wait behind the previous call counts against it.

// timings records where the engine's time goes (read by make bench-web).
export const timings = [];
globalThis.cascadelabTimings = timings;

class Lane {
  // init is {module} (compiled already) or {wasm: url}: the worker compiles
  // it, answers {module}, and compiled resolves with it.
  constructor(url, init) {
    this.worker = new Worker(url);
    this.worker.postMessage(init);
    this.pending = new Map();
    this.compiled = new Promise((resolve, reject) => { this.compiledOK = resolve; this.compiledErr = reject; });
    this.compiled.catch(() => {}); // only the first lane's is awaited (Engine.module)
    // the runtime's start is not the call's time: the watchdog waits for it
    this.ready = new Promise((resolve) => { this.booted = resolve; });
    // a worker that cannot load (or fails outside a call) answers nothing:
    // its calls fail now, as the watchdog only times calls a worker started
    this.worker.onerror = (e) => {
      this.broken = new Error(`the engine's worker failed: ${e.message || 'it did not load'}`);
      this.booted();
      this.compiledErr(this.broken);
      this.fail(this.broken);
    };
    this.worker.onmessage = (e) => {
      if (e.data.ready) { this.booted(); return; }
      if (e.data.module) { timings.push({ compileMs: Math.round(e.data.compileMs) }); this.compiledOK(e.data.module); return; }
      if (e.data.compileError) { this.compiledErr(new Error(e.data.compileError)); return; }
      const p = this.pending.get(e.data.id);
      if (!p) return;
      if (e.data.started) { p.started(); return; }
      this.pending.delete(e.data.id);
      if (e.data.ms !== undefined) timings.push({ call: e.data.id, engineMs: Math.round(e.data.ms), bootMs: Math.round(e.data.booted) });
      if (e.data.fatal) p.reject(new Error(e.data.fatal));
      else p.resolve(JSON.parse(e.data.out));
    };
  }

  // call runs kind in the worker; started() is called when the worker
  // begins it.
  call(id, kind, payload, started = () => {}) {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, started });
      this.worker.postMessage({ id, kind, payload });
    });
  }

  fail(err) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  stop(err) {
    this.worker.terminate();
    this.fail(err);
  }
}

export class Engine {
  constructor(workerURL, wasmURL, { limitMs, lanes = Math.min(2, navigator.hardwareConcurrency || 1) } = {}) {
    this.workerURL = workerURL;
    this.limitMs = limitMs;
    this.count = Math.max(1, lanes);
    this.seq = 0;
    const first = new Lane(workerURL, { wasm: wasmURL });
    this.module = first.compiled;
    this.lanes = this.module.then((m) => [first, ...this.spawn(m, this.count - 1)]);
  }

  spawn(module, count = this.count) {
    return Array.from({ length: count }, () => new Lane(this.workerURL, { module }));
  }

  // call runs kind on payload in the first lane; variants(...) splits.
  async call(kind, payload) {
    return this.guard(async (lanes, id, started) => lanes[0].call(id, kind, payload, started));
  }

  // variants runs the matrix; with ids (the variant ids of the last
  // matrix) it spreads them over the lanes and merges the halves. Which
  // variants fix the user's problem reads the whole matrix: the engine
  // marks the merged variants from their ids and outcomes (fixes).
  async variants(payload, ids) {
    return this.guard(async (lanes, id, started) => {
      if (lanes.length < 2 || !ids || ids.length < 2) return lanes[0].call(id, 'variants', payload, started);
      const parts = lanes.map((_, i) => ids.filter((_, k) => k % lanes.length === i));
      const results = await Promise.all(lanes.map((lane, i) =>
        lane.call(id, 'variants', { ...payload, options: { ...payload.options, variants: parts[i] } }, started)));
      const broken = results.find((m) => m.error);
      if (broken) return broken;
      const merged = { ...results[0], variants: results.flatMap((m) => m.variants).sort((a, b) => a.number - b.number) };
      merged.options = { ...merged.options, variants: undefined };
      const { fixes } = await lanes[0].call(id, 'fixes', { variants: merged.variants.map((v) => ({ id: v.id, outcome: v.outcome })) });
      for (const v of merged.variants) v.fixes = fixes.includes(v.id);
      return merged;
    });
  }

  // guard runs fn on the lanes with the watchdog: once a lane has run its
  // part for the limit, every lane is replaced and the call fails with
  // {timeout: true}. fn calls started() as each lane begins its part.
  async guard(fn) {
    const lanes = await this.lanes;
    await Promise.all(lanes.map((l) => l.ready));
    const id = ++this.seq;
    const timers = [];
    let expire;
    const watchdog = new Promise((_, reject) => {
      expire = () => {
        const err = new Error(`stopped after ${this.limitMs / 1000} s`);
        err.timeout = true;
        for (const l of lanes) l.stop(err);
        this.lanes = this.module.then((m) => this.spawn(m));
        reject(err);
      };
    });
    const started = () => timers.push(setTimeout(expire, this.limitMs));
    try {
      return await Promise.race([fn(lanes, id, started), watchdog]);
    } finally {
      timers.forEach(clearTimeout);
    }
  }
}
