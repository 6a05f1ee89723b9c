// Timings of the playground in headless Chromium (a benchmark, not a test):
// cold loads with a fresh context and the cache disabled, medians printed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launch, repo } from './browser.mjs';

const runs = Number(process.env.RUNS || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = await startServer();
const { browser, close } = await launch();

async function coldPage() {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { ctx, page };
}

const cell = (page) => page.locator('#matrix tr[data-id="as-written"] td[data-table="child"]');

async function until(page, fn, arg) {
  await page.waitForFunction(fn, arg, { timeout: 60000, polling: 'raf' });
}

// 1. the default example: pre-rendered matrix, then live
const first = [], live = [];
for (let i = 0; i < runs; i++) {
  const { ctx, page } = await coldPage();
  const t0 = Date.now();
  await page.goto(server.url);
  await cell(page).waitFor();
  first.push(Date.now() - t0);
  await page.locator('#live.live').waitFor({ timeout: 60000 });
  live.push(Date.now() - t0);
  await ctx.close();
}

// 2. a share link with models that were never pre-rendered
const tree = fs.readFileSync(path.join(repo, 'web', 'examples', 'three_levels.py'), 'utf8');
const { ctx: c0, page: p0 } = await coldPage();
await p0.goto(server.url);
await p0.locator('#live.live').waitFor({ timeout: 60000 });
const link = await p0.evaluate(async (source) => {
  const bytes = new TextEncoder().encode(JSON.stringify({ source, options: { children: 3, depth: 3, delete: '', foreignKeys: false } }));
  const out = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let s = ''; for (const b of out) s += String.fromCharCode(b);
  return location.origin + '/#s=' + btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}, tree);
await c0.close();
const shared = [];
let breakdown;
for (let i = 0; i < runs; i++) {
  const { ctx, page } = await coldPage();
  const t0 = Date.now();
  await page.goto(link);
  await until(page, () => document.querySelector('#matrix td[data-table="order_line"]'));
  shared.push(Date.now() - t0);
  if (i === 0) breakdown = await page.evaluate(() => globalThis.cascadelabTimings);
  await ctx.close();
}

// 3. edit to updated matrix, warm, Ctrl-Enter (no debounce)
const { ctx, page } = await coldPage();
await page.goto(server.url);
await page.locator('#live.live').waitFor({ timeout: 60000 });
const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');
const fixed = seed.replace('cascade = "all,delete", backref = "children"', 'backref = backref("children", cascade = "all, delete-orphan")')
  .replace('from sqlalchemy.orm import relationship', 'from sqlalchemy.orm import relationship, backref');
const edits = [];
for (let i = 0; i < runs * 2; i++) {
  const text = i % 2 ? seed : fixed;
  const want = i % 2 ? '6 → 6' : '6 → 3';
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  const t0 = Date.now();
  await page.keyboard.press('Control+Enter');
  await until(page, (w) => document.querySelector('#matrix tr[data-id="as-written"] td[data-table="child"]')?.textContent.startsWith(w), want);
  edits.push(Date.now() - t0);
}
await ctx.close();
await close();
server.stop();

const wasm = fs.readdirSync(path.join(repo, 'web', 'build')).find((f) => /^engine\.[0-9a-f]+\.wasm$/.test(f));
const buf = fs.readFileSync(path.join(repo, 'web', 'build', wasm));
const br = fs.readFileSync(path.join(repo, 'web', 'build', wasm + '.br')).length;
console.log(`chromium, ${runs} cold loads each (fresh context, cache disabled), medians:`);
console.log(`  default example, pre-rendered matrix visible: ${median(first)} ms  (all: ${first.join(', ')})`);
console.log(`  default example, live engine ready:           ${median(live)} ms  (all: ${live.join(', ')})`);
console.log(`  share link, live matrix:                      ${median(shared)} ms  (all: ${shared.join(', ')})`);
console.log(`  edit to updated matrix (12 variants):         ${median(edits)} ms  (all: ${edits.join(', ')})`);
console.log(`  share link, where the first run's time went: ${JSON.stringify(breakdown)}`);
console.log(`  engine.wasm: ${(buf.length / 1e6).toFixed(2)} MB raw, ${(zlib.gzipSync(buf, { level: 9 }).length / 1e6).toFixed(2)} MB gzip, ${(br / 1e6).toFixed(2)} MB brotli`);
