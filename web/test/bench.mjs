// Timings of the playground in headless Chromium (a benchmark, not a test):
// one line per goal of docs/performance.md, each the median of RUNS (7) cold
// loads with min–max. A cold load is a fresh browser context: empty HTTP
// cache, no service worker, no V8 code cache, as at a first visit.
// The default page's runs each use a new profile on disk, so that the repeat
// visit can use V8's code cache of the wasm: Playwright's contexts are off
// the record, where Chrome keeps none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launch, repo, shareLink, chromiumPath, chromiumArgs } from './browser.mjs';
import { encodeState, tableOnly } from '../src/share.js';

const runs = Number(process.env.RUNS || 7);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p90 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const rows = [];
// the machine's load (the figures depend on it): at the start and the end
const load = () => `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`;
const started = `${new Date().toISOString().slice(0, 16)} UTC, ${load()}`;
const row = (what, xs, goal, unit = 'ms') => rows.push({ what, xs, goal, unit });

const server = await startServer();
const { browser, close } = await launch();

// Every page records its main-thread tasks longer than 50 ms and when the
// load event fired.
const observe = () => {
  globalThis.longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); })
    .observe({ type: 'longtask', buffered: true });
};
const longAfterLoad = (page) => page.evaluate(() => {
  const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd || 0;
  return globalThis.longTasks.filter((t) => t.start >= load);
});

// instrument makes ctx record long tasks and the wasm bodies that crossed
// the network, the service worker's included (one answered by a cache has
// no body bytes).
async function instrument(ctx) {
  await ctx.addInitScript(observe);
  const wasm = [];
  ctx.on('requestfinished', async (req) => {
    if (!req.url().endsWith('.wasm')) return;
    const { responseBodySize } = await req.sizes().catch(() => ({ responseBodySize: 0 }));
    if (responseBodySize > 100_000) wasm.push(req.url());
  });
  return wasm;
}

const viewport = { width: 1400, height: 1000 };

// coldContext is a fresh context; noAPI makes its site one without an API
// (the static build: /api/run answers 404).
async function coldContext(noAPI = false) {
  const ctx = await browser.newContext({ viewport });
  if (noAPI) await ctx.route('**/api/run', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: 'not found' }));
  return { ctx, wasm: await instrument(ctx) };
}

// coldProfile is a browser with a new, empty profile on disk.
async function coldProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cascadelab-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, args: chromiumArgs, viewport });
  const wasm = await instrument(ctx);
  return { ctx, wasm, close: async () => { await ctx.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

// traced runs fn while tracing V8's wasm events in the page's renderer and
// returns their names.
async function traced(ctx, page, fn) {
  const cdp = await ctx.newCDPSession(page);
  const names = [];
  cdp.on('Tracing.dataCollected', (e) => { for (const x of e.value) names.push(x.name); });
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'v8.wasm', transferMode: 'ReportEvents' });
  try {
    await fn();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  return names;
}

// until waits for a state of the page, checked at every frame: when it
// holds, that frame is the one that shows it.
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 60000, polling: 'raf' });
// the page's watchdog stopped the engine (a run longer than its limit, engine.Bounds.Watchdog): on a
// machine too busy for the goals, the run counts as stopped, not as a time
const stopped = (page) => page.evaluate(() => /^Stopped after/.test(document.querySelector('#status')?.textContent || ''));
const timed = async (page, url, fn, arg) => {
  const t0 = Date.now();
  await page.goto(url);
  await until(page, fn, arg);
  return (await stopped(page)) ? null : Date.now() - t0;
};
// the states waited for also hold when the watchdog stopped the engine
const liveCell = (table) => /^Stopped after/.test(document.querySelector('#status')?.textContent || '') || document.querySelector('#live.live') && document.querySelector(`#matrix td[data-table="${table}"]`);
const anyCell = (table) => /^Stopped after/.test(document.querySelector('#status')?.textContent || '') || document.querySelector(`#matrix td[data-table="${table}"]`);

// 1. the default example: pre-rendered matrix, live engine, then a repeat
// visit: the page closed once V8 has written its code cache of the wasm (it
// does so when enough of it is optimised) and opened again in the same
// profile (HTTP cache, service worker and code cache warm)
const first = [], live = [], repeat = [], wasmFetches = [], cacheWritten = [], cacheUsed = [];
for (let i = 0; i < runs; i++) {
  const { ctx, wasm, close: closeProfile } = await coldProfile();
  const page = await ctx.newPage();
  let events = await traced(ctx, page, async () => {
    first.push(await timed(page, server.url, anyCell, 'child'));
    await until(page, liveCell, 'child');
  });
  live.push((await stopped(page)) ? null : await page.evaluate(() => Math.round(performance.now())));
  // the service worker has the site once it controls the page
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 60000 });
  // the engine's wasm and SQLite's: each is to cross the network once
  wasmFetches.push(Math.max(0, ...[...new Set(wasm)].map((u) => wasm.filter((w) => w === u).length)));
  // the code cache is written in the background: look for it, a trace at a time, for up to a minute
  const t0 = Date.now();
  while (!events.includes('wasm.SerializeModule') && Date.now() - t0 < 60000) {
    events = await traced(ctx, page, () => page.waitForTimeout(1000));
  }
  cacheWritten.push(events.includes('wasm.SerializeModule') ? 1 : 0);
  await page.close();
  const again = await ctx.newPage();
  events = await traced(ctx, again, async () => { repeat.push(await timed(again, server.url, liveCell, 'child')); });
  cacheUsed.push(events.includes('wasm.Deserialize') ? 1 : 0);
  await closeProfile();
}
row('default page, matrix painted, cold', first, '≤ 400 ms');
row('default page, live engine matrix, cold', live, '');
row('repeat visit (cache warm), live matrix', repeat, '≤ 600 ms');
row('wasm downloads per file per cold open (page + service worker)', wasmFetches, '1', '');
row('repeat visit: V8 had written its code cache of the wasm (1 = yes)', cacheWritten, '1', '');
row('repeat visit: the wasm came from the code cache (1 = yes)', cacheUsed, '1', '');

// 2. a share link with models that were never pre-rendered: as #s=, as a
// short link /s/{id} (the matrix stored with it), and as the page's Share
// button writes #s= with the matrix's table, opened on a site without an API
const tree = fs.readFileSync(path.join(repo, 'web', 'examples', 'three_levels.py'), 'utf8');
const state = { source: tree, options: { children: 3, depth: 3, delete: '', foreignKeys: false } };
const link = shareLink(server.url, state);
const post = (api, body) => fetch(new URL(api, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  .then((r) => r.ok ? r.json() : null).catch(() => null);
const short = await post('api/share', state).then((j) => j && new URL(j.url, server.url).href);
// the engine's matrix (the server's), its table picked as the page picks it
const computed = await post('api/run', { source: tree, options: state.options });
const carrying = computed && new URL(`#${await encodeState({ ...state, matrix: tableOnly(computed) })}`, server.url).href;
const shares = [['#s=', link], ...(short ? [['/s/{id}', short]] : []), ...(carrying ? [['#s= with its table, no API', carrying, true]] : [])];
let breakdown;
const firstPainted = [];
for (const [kind, url, noAPI] of shares) {
  const painted = [], liveShared = [], long = [], longest = [], badges = {};
  for (let i = 0; i < runs; i++) {
    const { ctx } = await coldContext(noAPI);
    const page = await ctx.newPage();
    const ms = await timed(page, url, anyCell, 'order_line');
    if (ms === null) { painted.push(null); await ctx.close(); continue; }
    painted.push(ms);
    // which matrix painted first: the server's or the engine's
    const badge = await page.locator('#live').innerText();
    badges[badge] = (badges[badge] || 0) + 1;
    await until(page, liveCell, 'order_line');
    liveShared.push((await stopped(page)) ? null : await page.evaluate(() => Math.round(performance.now())));
    const tasks = await longAfterLoad(page);
    long.push(tasks.length);
    longest.push(Math.max(0, ...tasks.map((t) => t.ms)));
    if (!breakdown) breakdown = await page.evaluate(() => globalThis.cascadelabTimings);
    await ctx.close();
  }
  row(`share link (${kind}), matrix painted, cold`, painted, '≤ 1500 ms');
  firstPainted.push(`share link (${kind}), the first matrix painted was: ${Object.entries(badges).map(([b, n]) => `${b} ${n}×`).join(', ')}`);
  row(`share link (${kind}), live engine matrix, cold`, liveShared, '≤ 2500 ms');
  row(`share link (${kind}), main-thread tasks > 50 ms after load`, long, 'none', '');
  row(`share link (${kind}), longest task after load`, longest, '< 50 ms');
}

// 3. edits on a warm page, Ctrl-Enter (no debounce): the seed models and
// their fix in turn, then a first edit to a 20-table chain
const { ctx } = await coldContext();
const page = await ctx.newPage();
await page.goto(server.url);
await until(page, liveCell, 'child');
const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');
const fixed = seed.replace('cascade = "all,delete", backref = "children"', 'backref = backref("children", cascade = "all, delete-orphan")')
  .replace('from sqlalchemy.orm import relationship', 'from sqlalchemy.orm import relationship, backref');
const edit = async (text, fn, arg) => {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  const t0 = Date.now();
  await page.keyboard.press('Control+Enter');
  await until(page, fn, arg);
  return (await stopped(page)) ? null : Date.now() - t0;
};
const asWritten = (w) => /^Stopped after/.test(document.querySelector('#status')?.textContent || '') || document.querySelector('#matrix tr[data-id="as-written"] td[data-table="child"]')?.textContent.startsWith(w);
const chain = (n) => {
  let s = 'from sqlalchemy import Column, ForeignKey, Integer\nfrom sqlalchemy.orm import declarative_base, relationship\n\nBase = declarative_base()\n\n';
  s += 'class T0(Base):\n    __tablename__ = "t0"\n    id = Column(Integer, primary_key=True)\n\n';
  for (let i = 1; i < n; i++) s += `class T${i}(Base):\n    __tablename__ = "t${i}"\n    id = Column(Integer, primary_key=True)\n    parent_id = Column(Integer, ForeignKey("t${i - 1}.id"))\n    parent = relationship("T${i - 1}", backref="children")\n\n`;
  return s;
};
const chainEdit = [];
chainEdit.push(await edit(chain(20), anyCell, 't19'));
await edit(seed, asWritten, '6 → 6');
const edits = [];
for (let i = 0; i < runs * 2; i++) edits.push(await edit(i % 2 ? seed : fixed, asWritten, i % 2 ? '6 → 6' : '6 → 3'));
for (let i = 1; i < runs; i++) {
  await edit(seed, asWritten, '6 → 6');
  chainEdit.push(await edit(chain(20), anyCell, 't19'));
}
await ctx.close();
row('edit → matrix painted (12 variants, seed models), warm page', edits, '≤ 80 ms, p90 ≤ 150 ms');
row('edit, 20-table chain (first after the seed models)', chainEdit, '≤ 300 ms');
await close();
server.stop();

const wasmFile = fs.readdirSync(path.join(repo, 'web', 'build')).find((f) => /^engine\.[0-9a-f]+\.wasm$/.test(f));
const br = fs.statSync(path.join(repo, 'web', 'build', wasmFile + '.br')).size;

console.log(`started ${started}; ended ${new Date().toISOString().slice(0, 16)} UTC, ${load()}`);
console.log(`chromium, ${runs} runs each (cold = fresh context), median [min–max]:`);
for (const { what, xs: all, goal, unit } of rows) {
  const xs = all.filter((x) => x !== null);
  const lost = all.length - xs.length ? `, ${all.length - xs.length} of ${all.length} stopped by the watchdog` : '';
  if (!xs.length) { console.log(`  ${what.padEnd(66)}     - (all ${all.length} stopped by the watchdog)   goal ${goal || '-'}`); continue; }
  const s = sorted(xs);
  const extra = what.startsWith('edit →') ? `, p90 ${p90(xs)} ms` : '';
  console.log(`  ${what.padEnd(66)} ${String(median(xs)).padStart(5)}${unit ? ' ' + unit : ''} [${s[0]}–${s[s.length - 1]}]${extra}${lost}   goal ${goal || '-'}`);
}
console.log(`  ${'engine wasm, brotli'.padEnd(66)} ${(br / 1e6).toFixed(2)} MB   goal ≤ 3.00 MB`);
const sqliteFile = fs.readdirSync(path.join(repo, 'web', 'build')).find((f) => /^sqlite3\.[0-9a-f]+\.wasm$/.test(f));
if (sqliteFile) console.log(`  ${'SQLite wasm beside it, brotli'.padEnd(66)} ${(fs.statSync(path.join(repo, 'web', 'build', sqliteFile + '.br')).size / 1e6).toFixed(2)} MB`);
for (const l of firstPainted) console.log(`  ${l}`);
console.log(`  share link, where the first run's time went: ${JSON.stringify(breakdown)}`);
console.log('  Pyodide + SQLAlchemy on the same jobs: not measured by this benchmark (no Pyodide files here)');
