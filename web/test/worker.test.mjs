// The Cloudflare Worker, run locally by wrangler 3.114 (KV simulated on
// disk), checked over real HTTP: the API, share links, bad input and
// load; then the playground it serves, in Chromium when it is installed.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { repo, launch, chromiumPath, steps, patience } from './browser.mjs';

const dir = path.join(repo, 'wasm', 'worker');
const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const base = `http://127.0.0.1:${port}`;
const wrangler = spawn(path.join(dir, 'node_modules', '.bin', 'wrangler'), ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', fs.mkdtempSync('/tmp/cascadelab-kv-')],
  { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' } });
let log = '';
wrangler.stdout.on('data', (d) => { log += d; });
wrangler.stderr.on('data', (d) => { log += d; });
const deadline = Date.now() + 120000;
while (!/Ready on/.test(log)) {
  if (Date.now() > deadline || wrangler.exitCode !== null) { console.log(log); throw new Error('wrangler dev did not start'); }
  await new Promise((r) => setTimeout(r, 250));
}

const { step, fail, finish } = steps();

// Floods go through ten connections: wrangler dev's proxy in front of the
// worker answers 503 "Your worker restarted mid-request" to POSTs beyond
// about a dozen simultaneous connections (a local-only artifact; the
// requests are still all in flight at once, queued by the client).
const pool = new http.Agent({ keepAlive: true, maxSockets: 10 });
const flood = (p, body, headers = {}) => new Promise((resolve, reject) => {
  const data = JSON.stringify(body);
  const req = http.request(base + p, { method: 'POST', agent: pool, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } }, (res) => {
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
  });
  req.on('error', reject);
  req.end(data);
});
const post = (p, body, raw = false) => fetch(base + p, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw ? body : JSON.stringify(body) });
const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');

await step('/api/run on the seed models returns what cascadelab variants --json prints', async () => {
  const tmp = fs.mkdtempSync('/tmp/cascadelab-');
  fs.writeFileSync(path.join(tmp, 'models.py'), seed);
  const cli = JSON.parse(execFileSync(path.join(repo, 'bin', 'cascadelab'), ['variants', '--json', path.join(tmp, 'models.py')]));
  const res = await post('/api/run', { source: seed });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.match(res.headers.get('content-security-policy'), /default-src 'self'/);
  assert.deepEqual(await res.json(), cli);
});

let id;
const state = { source: seed, options: { children: 2, depth: 3, delete: '', foreignKeys: true } };
await step('share then open round-trips the exact state and the matrix computed when it was shared; the same state gets the same id', async () => {
  const a = await (await post('/api/share', state)).json();
  const b = await (await post('/api/share', { options: state.options, source: state.source })).json();
  assert.match(a.id, /^[A-Za-z0-9_-]{16}$/);
  assert.equal(a.id, b.id);
  id = a.id;
  // the playground's page (read from the assets) with the state and its matrix in the first matrix's slot
  const res = await fetch(`${base}/s/${id}`, { redirect: 'manual' });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy'), /base-uri 'self'/);
  const html = await res.text();
  assert.match(html, /<head><base href="\.\.\/">/);
  const back = JSON.parse(html.split('<script id="prerendered" type="application/json">')[1].split('</script>')[0]);
  assert.equal(back.share, id);
  assert.equal(back.source, state.source);
  assert.equal(back.options.children, 2);
  assert.equal(back.options.foreignKeys, true);
  assert.equal(back.matrix.options.children, 2);
  assert.equal(back.matrix.variants.length, 12);
  assert.equal((await fetch(`${base}/s/AAAAAAAAAAAAAAAA`)).status, 404);
});

await step('oversized, malformed, unknown and endless requests get JSON errors, and the worker keeps answering', async () => {
  const checks = [
    [await post('/api/run', JSON.stringify({ source: 'x'.repeat(70 * 1024) }), true), 413, /64 KB/],
    [await post('/api/run', '{"source": ', true), 400, /not the JSON/],
    [await post('/api/share', { source: 'x', options: { depth: 99 } }), 400, /out of range/],
    [await fetch(`${base}/api/nothing`), 404, /no such endpoint/],
    [await post('/api/run', { source: 'from sqlalchemy import create_engine, text\nwith create_engine("sqlite://").connect() as c:\n    c.execute(text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"))\n' }), 422, /went over the (steps|time) budget/],
    [await post('/api/run', { source: 'while True:\n    pass\n' }), 422, /went over the (steps|time) budget/],
  ];
  for (const [res, code, msg] of checks) {
    assert.equal(res.status, code);
    assert.match(res.headers.get('content-type'), /application\/json/);
    assert.match((await res.json()).error, msg);
  }
  assert.equal((await post('/api/run', { source: seed, variants: ['as-written'] })).status, 200);
});

// workerd runs both the static assets and the Go worker: its resident memory, from /proc
const workerdRSS = () => {
  const kids = (pid) => fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
    try { return fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid); } catch { return false; }
  });
  const all = [];
  for (let todo = [wrangler.pid]; todo.length;) { const k = kids(todo.pop()); all.push(...k); todo.push(...k); }
  const w = all.find((p) => fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'workerd');
  assert.ok(w, 'no workerd process under wrangler');
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${w}/status`, 'utf8'))[1]) * 1024;
};

await step('static files come from Workers static assets: 20 concurrent cold downloads of the page and its wasm complete, with the site headers, memory flat', async () => {
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy'), /default-src 'self'/);
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  const html = await page.text();
  const wasm = /engine\.[0-9a-f]{8,}\.wasm/.exec(html + fs.readdirSync(path.join(repo, 'web', 'build')).join(' '))?.[0];
  assert.ok(wasm, 'no hashed engine wasm in the build');
  const size = fs.statSync(path.join(repo, 'web', 'build', wasm)).size;
  const before = workerdRSS();
  const t = Date.now();
  const got = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
    const r = await fetch(i % 2 ? `${base}/` : `${base}/${wasm}`, { headers: { 'Accept-Encoding': 'identity' } });
    const n = (await r.arrayBuffer()).byteLength;
    return [r.status, r.headers.get('cache-control'), r.headers.get('x-content-type-options'), i % 2 ? n > 0 : n === size];
  }));
  const grew = workerdRSS() - before;
  console.log(`     20 downloads (10 × ${(size / 1e6).toFixed(1)} MB wasm, 10 pages) in ${Date.now() - t} ms; workerd memory grew ${(grew / 1e6).toFixed(1)} MB`);
  for (const [i, [status, cache, nosniff, whole]] of got.entries()) {
    assert.equal(status, 200);
    assert.equal(cache, i % 2 ? 'no-cache' : 'public, max-age=31536000, immutable');
    assert.equal(nosniff, 'nosniff');
    assert.ok(whole, `download ${i} incomplete`);
  }
  assert.ok(grew < 64e6, `workerd memory grew ${grew} bytes`);
});

await step('a missing file, hashed or not, is a JSON 404 that is not cached', async () => {
  // each on a new connection: the big downloads before leave pooled ones the local runtime may have closed
  for (const p of ['/engine.0123456789abcdef.wasm', '/no/such/page.html', '/api/nothing']) {
    const r = await new Promise((resolve, reject) => http.get(base + p, { agent: false }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    }).on('error', reject));
    assert.equal(r.status, 404, p);
    assert.match(r.headers['content-type'], /application\/json/, p);
    assert.equal(r.headers['cache-control'], 'no-store', p);
    assert.match(JSON.parse(r.text).error, /not found|no such endpoint/, p);
  }
});

if (fs.existsSync(chromiumPath)) {
  await step('the playground served by the worker works end to end, share link included', async () => {
    const { browser, close } = await launch();
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const seen = [];
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => seen.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => { if (r.status() >= 400) seen.push(`${r.status()} ${r.url()}`); });
    setTimeout(async () => { if (seen.length) console.log(seen.join('\n')); console.log(await page.textContent('#status').catch(() => '')); }, 30000);
    await page.goto(`${base}/s/${id}`);
    // the first load pulls the 18 MB engine through the local worker: give it time on a busy machine
    await page.locator('#live.live').waitFor({ timeout: patience });
    const cell = page.locator('#matrix tr[data-id="as-written"] td[data-table="child"]');
    assert.match(await cell.innerText(), /4 → 4/);
    assert.equal(await page.locator('#children').inputValue(), '2');
    await page.goto(`${base}/lessons/bulk-delete.html`);
    await page.locator('cascade-lab').first().locator('tr.variant').first().waitFor({ timeout: patience });
    await page.screenshot({ path: path.join(repo, 'web', 'test-artifacts', '20-worker.png') });
    await close();
  });
} else if (process.env.REQUIRE_BROWSER === '1') {
  fail(`no Chromium at ${chromiumPath}`);
}

await step('only one JSON value of application/json is taken: a text/plain or form POST gets 415, trailing data 400', async () => {
  for (const ct of ['text/plain', 'application/x-www-form-urlencoded']) {
    const r = await fetch(`${base}/api/share`, { method: 'POST', headers: { 'Content-Type': ct }, body: JSON.stringify({ source: 'x = 1' }) });
    assert.equal(r.status, 415, ct);
    assert.match((await r.json()).error, /application\/json/);
  }
  const r = await post('/api/run', '{"source": "x = 1"} trailing', true);
  assert.equal(r.status, 400);
  assert.match((await r.json()).error, /something follows/);
});

await step('50 concurrent /api/run requests all answer: 200, or 429 when the isolate is busy', async () => {
  const all = await Promise.all(Array.from({ length: 50 }, (_, i) => flood('/api/run', { source: seed, variants: ['as-written'], options: { children: 1 + (i % 3) } })));
  assert.deepEqual(all.filter((r) => r.status !== 200 && r.status !== 429).map((r) => `${r.status} ${r.text}`), []);
  const ok = all.filter((r) => r.status === 200).map((r) => JSON.parse(r.text));
  assert.ok(ok.length > 0, 'no run succeeded');
  assert.ok(ok.every((m) => m.variants.length === 1 && m.variants[0].counts.child.before === 2 * m.options.children));
});

// Last, as it spends the client's rate limit: a flood of 200 runs, each
// answered in time with a result, a budget error or a refusal.
await step('200 concurrent /api/run: each answers 200, 422 or 429 within 10 s, and a run after the flood answers in under 1 s', async () => {
  const endless = 'while True:\n    pass\n';
  const t0 = Date.now();
  const all = await Promise.all(Array.from({ length: 200 }, async (_, i) => {
    const t = Date.now();
    const r = await flood('/api/run', i % 10 ? { source: seed, variants: ['as-written'] } : { source: endless });
    return { status: r.status, ms: Date.now() - t, retry: r.headers['retry-after'], text: r.text };
  }));
  const count = (s) => all.filter((r) => r.status === s).length;
  const slowest = Math.max(...all.map((r) => r.ms));
  console.log(`     200 runs in ${Date.now() - t0} ms: ${count(200)} × 200, ${count(422)} × 422, ${count(429)} × 429; slowest ${slowest} ms`);
  assert.deepEqual(all.filter((r) => ![200, 422, 429].includes(r.status)).map((r) => `${r.status} ${r.text}`), []);
  assert.ok(all.filter((r) => r.status === 429).every((r) => Number(r.retry) > 0), 'a 429 without Retry-After');
  assert.ok(slowest < 10000, `slowest answer took ${slowest} ms`);
  const t = Date.now();
  // another client: this one has spent its rate limit
  const after = await flood('/api/run', { source: seed, variants: ['as-written'] }, { 'CF-Connecting-IP': '192.0.2.1' });
  assert.equal(after.status, 200, after.text);
  assert.ok(Date.now() - t < 1000, `the run after the flood took ${Date.now() - t} ms`);
});

wrangler.kill();
pool.destroy();
// wrangler's own log, without its line per request, says whether the
// runtime restarted or reloaded (the proxy's 503 "Your worker restarted
// mid-request" was seen once in CI).
const said = log.split('\n').filter((l) => !/^\[wrangler:inf\] (GET|POST|HEAD) /.test(l)).join('\n');
finish(() => console.log(`wrangler dev's log, but for its requests (last 6000 characters):\n${said.slice(-6000)}`));
