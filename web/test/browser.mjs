// Shared set-up for the browser tests and timings: start cascadelab serve
// on a free port and launch Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const here = path.dirname(new URL(import.meta.url).pathname);
export const repo = path.resolve(here, '..', '..');

// patience is how long a browser test waits for a state (the engine live,
// a matrix drawn): one generous budget, since a busy machine (make test
// beside other jobs) makes every step slower; a broken page still fails,
// only later.
export const patience = 180000;

export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// shareLink is the page at base with state in its fragment, as its Share
// button writes it (deflate-raw, base64url: web/src/share.js).
export function shareLink(base, state) {
  return new URL(`#s=${zlib.deflateRawSync(JSON.stringify(state)).toString('base64url')}`, base).href;
}

export function startServer() {
  const bin = process.env.CASCADELAB_BIN || path.join(repo, 'bin', 'cascadelab');
  const proc = spawn(bin, ['serve', '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buf = '';
    proc.on('exit', (code) => reject(new Error(`cascadelab serve exited with ${code}`)));
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = /http:\/\/[^\s]+\//.exec(buf);
      if (m) resolve({ url: m[0], stop: () => proc.kill() });
    });
  });
}

// launch starts Chromium; Playwright gives every launch a fresh, temporary
// profile directory (its own --user-data-dir).
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return { browser, close: () => browser.close() };
}

// steps runs named test steps, printing ok/FAIL with their time, and counts
// the failures for the exit code.
export function steps() {
  let failed = 0;
  return {
    async step(name, fn) {
      const t = Date.now();
      try {
        await fn();
        console.log(`ok   ${name} (${Date.now() - t} ms)`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${name}: ${err.stack || err}`);
      }
    },
    fail(msg) {
      failed++;
      console.log(`FAIL ${msg}`);
    },
    // finish prints the summary and exits with the outcome; onFail, when
    // given, prints what helps explain a failure (a server's log).
    finish(onFail) {
      if (failed && onFail) onFail();
      console.log(failed ? `${failed} failed` : 'all passed');
      process.exit(failed ? 1 : 0);
    },
  };
}
