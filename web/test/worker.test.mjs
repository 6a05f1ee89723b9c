// The Cloudflare Worker, run locally by wrangler 3.114 (KV simulated on
// disk), checked over real HTTP: the API, share links, bad input and
// load; then the playground it serves, in Chromium when it is installed.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { repo, launch, chromiumPath, steps } from './browser.mjs';

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
await step('share then open round-trips the exact state; the same state gets the same id', async () => {
  const a = await (await post('/api/share', state)).json();
  const b = await (await post('/api/share', { options: state.options, source: state.source })).json();
  assert.match(a.id, /^[A-Za-z0-9_-]{16}$/);
  assert.equal(a.id, b.id);
  id = a.id;
  const res = await fetch(`${base}/s/${id}`, { redirect: 'manual' });
  assert.equal(res.status, 302);
  const frag = res.headers.get('location').split('#s=')[1];
  const back = JSON.parse(zlib.inflateRawSync(Buffer.from(frag, 'base64url')).toString());
  assert.equal(back.source, state.source);
  assert.equal(back.options.children, 2);
  assert.equal(back.options.foreignKeys, true);
  assert.equal((await fetch(`${base}/s/AAAAAAAAAAAAAAAA`)).status, 404);
});

await step('oversized, malformed, unknown and endless requests get JSON errors, and the worker keeps answering', async () => {
  const checks = [
    [await post('/api/run', JSON.stringify({ source: 'x'.repeat(70 * 1024) }), true), 413, /64 KB/],
    [await post('/api/run', '{"source": ', true), 400, /not the JSON/],
    [await post('/api/share', { source: 'x', options: { depth: 99 } }), 400, /out of range/],
    [await fetch(`${base}/api/nothing`), 404, /no such endpoint/],
    [await post('/api/run', { source: 'from sqlalchemy import create_engine, text\nwith create_engine("sqlite://").connect() as c:\n    c.execute(text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"))\n' }), 422, /time budget/],
    [await post('/api/run', { source: 'while True:\n    pass\n' }), 422, /time budget/],
  ];
  for (const [res, code, msg] of checks) {
    assert.equal(res.status, code);
    assert.match(res.headers.get('content-type'), /application\/json/);
    assert.match((await res.json()).error, msg);
  }
  assert.equal((await post('/api/run', { source: seed, variants: ['as-written'] })).status, 200);
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
    await page.locator('#live.live').waitFor({ timeout: 120000 });
    const cell = page.locator('#matrix tr[data-id="as-written"] td[data-table="child"]');
    assert.match(await cell.innerText(), /4 → 4/);
    assert.equal(await page.locator('#children').inputValue(), '2');
    await page.goto(`${base}/lessons/bulk-delete.html`);
    await page.locator('cascade-lab').first().locator('tr.variant').first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(repo, 'web', 'test-artifacts', '20-worker.png') });
    await close();
  });
} else if (process.env.REQUIRE_BROWSER === '1') {
  fail(`no Chromium at ${chromiumPath}`);
}

await step('50 concurrent /api/run requests all succeed', async () => {
  const all = await Promise.all(Array.from({ length: 50 }, (_, i) => post('/api/run', { source: seed, variants: ['as-written'], options: { children: 1 + (i % 3) } })));
  assert.deepEqual(all.map((r) => r.status), Array(50).fill(200));
  const bodies = await Promise.all(all.map((r) => r.json()));
  assert.ok(bodies.every((m) => m.variants.length === 1 && m.variants[0].counts.child.before === 2 * m.options.children));
});

wrangler.kill();
finish();
