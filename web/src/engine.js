// The page's side of the engine worker: one request at a time, the newest
// wins, and a watchdog that replaces a worker stuck longer than the limit.

export class Engine {
  constructor(url, { limitMs = 5000 } = {}) {
    this.url = url;
    this.limitMs = limitMs;
    this.seq = 0;
    this.pending = new Map();
    this.start();
  }

  start() {
    this.worker = new Worker(this.url);
    this.worker.onmessage = (e) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      clearTimeout(p.timer);
      if (e.data.fatal) p.reject(new Error(e.data.fatal));
      else p.resolve(JSON.parse(e.data.out));
    };
  }

  // call runs kind ("variants" or "run") on payload; it rejects with
  // {timeout: true} when the watchdog stops it.
  call(kind, payload) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.restart(id), this.limitMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, kind, payload });
    });
  }

  // restart terminates the stuck worker; every request it held fails.
  restart(id) {
    this.worker.terminate();
    for (const [pid, p] of this.pending) {
      clearTimeout(p.timer);
      const err = new Error(`stopped after ${this.limitMs / 1000} s`);
      err.timeout = pid === id;
      p.reject(err);
    }
    this.pending.clear();
    this.start();
  }
}
