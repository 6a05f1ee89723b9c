// The playground in real Chromium: the seed example, editing to the fix, a
// syntax error, a share link, autosave, the watchdog and a narrow screen.
// Screenshots of each state go to web/test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, repo, steps, patience, shareLink } from './browser.mjs';

const artifacts = path.join(repo, 'web', 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');
const fixed = seed.replace('parent = relationship(Parent, cascade = "all,delete", backref = "children")',
  'parent = relationship(Parent, backref = backref("children", cascade = "all, delete-orphan"))')
  .replace('from sqlalchemy.orm import relationship', 'from sqlalchemy.orm import relationship, backref');
assert.notEqual(fixed, seed);

const server = await startServer();
const { browser, close } = await launch();
const { step, finish } = steps();

const cell = (page, variant, table) => page.locator(`#matrix tr[data-id="${variant}"] td[data-table="${table}"]`);
const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('cascadelab.state')).source);

async function typeInto(page, text) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function expectText(locator, re, timeout = patience) {
  await locator.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await locator.innerText();
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${re}, got ${JSON.stringify(last)}`);
}

const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));

await step('the seed example shows parent 2 → 1 and child 6 → 6 with 3 orphans', async () => {
  await page.goto(server.url);
  await expectText(cell(page, 'as-written', 'parent'), /2 → 1/);
  await expectText(cell(page, 'as-written', 'child'), /6 → 6[\s\S]*3 orphaned/);
  await page.locator('#live.live').waitFor({ timeout: patience });
  await expectText(cell(page, 'orm-cascade', 'child'), /6 → 3/);
  await page.locator('#matrix tr[data-id="as-written"]').click();
  await expectText(page.locator('#detail pre.sql'), /UPDATE child SET parentid=\? WHERE child\.id = \?/);
  await page.screenshot({ path: path.join(artifacts, '01-seed.png'), fullPage: true });
});

await step('typing the fix makes the first row delete the children', async () => {
  await typeInto(page, fixed);
  await expectText(cell(page, 'as-written', 'child'), /6 → 3/);
  assert.equal(await saved(page), fixed);
  await page.screenshot({ path: path.join(artifacts, '02-fixed.png'), fullPage: true });
});

await step('a syntax error shows its line:col and keeps the last good matrix', async () => {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nclass Broken(:\n');
  const status = await expectText(page.locator('#status'), /SyntaxError/);
  assert.match(status, /line \d+:\d+/);
  await expectText(cell(page, 'as-written', 'child'), /6 → 3/);
  assert.ok(await page.locator('#results.stale').count(), 'the matrix is marked stale');
  await page.locator('.cm-lint-marker-error, .cm-lintRange-error').first().waitFor({ timeout: patience });
  await page.screenshot({ path: path.join(artifacts, '03-syntax-error.png'), fullPage: true });
  await typeInto(page, fixed);
  await expectText(page.locator('#status'), /12 variants/);
});

let link;
await step('a share link opened in a new context restores the text and the matrix', async () => {
  await page.locator('#depth').fill('2');
  await page.locator('#depth').dispatchEvent('change');
  await expectText(page.locator('#status'), /2 levels/);
  await page.locator('#share').click();
  await page.waitForFunction(() => location.hash.startsWith('#s='));
  link = page.url();
  const other = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const p2 = await other.newPage();
  await p2.goto(link);
  await expectText(cell(p2, 'as-written', 'child'), /6 → 3/);
  await expectText(p2.locator('#status'), /2 levels/);
  assert.equal(await saved(p2), fixed);
  assert.equal(await p2.locator('#depth').inputValue(), '2');
  await p2.screenshot({ path: path.join(artifacts, '04-shared.png'), fullPage: true });
  await other.close();
});

const cells = (p) => p.locator('#matrix td.cell').evaluateAll((tds) => tds.map((td) => `${td.closest('tr').dataset.id}/${td.dataset.table}: ${td.textContent}`));
const threeLevels = { source: fs.readFileSync(path.join(repo, 'web', 'examples', 'three_levels.py'), 'utf8'), options: { children: 2, depth: 2, delete: '', foreignKeys: false } };

await step('a cold share link first shows the server\'s matrix of its own text and settings, badged, and it is the live engine\'s', async () => {
  const link = shareLink(server.url, threeLevels);
  const cold = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  let release;
  const held = new Promise((r) => { release = r; });
  // the wasm waits until the server's matrix has been checked
  await cold.route('**/*.wasm', async (r) => { await held; await r.continue(); });
  const p = await cold.newPage();
  await p.goto(link);
  await expectText(p.locator('#live'), /computed on server/);
  await expectText(p.locator('#status'), /2 children per relationship, 2 levels, foreign keys off\. Computed on the server/);
  const fromServer = await cells(p);
  assert.ok(fromServer.some((c) => c.startsWith('as-written/order_line: ')), `the shared models' tables: ${fromServer}`);
  await p.screenshot({ path: path.join(artifacts, '08-server-matrix.png'), fullPage: true });
  release();
  await p.locator('#live.live').waitFor({ timeout: patience });
  await expectText(p.locator('#status'), /2 children per relationship, 2 levels, foreign keys off\.$/);
  assert.deepEqual(await cells(p), fromServer);
  await cold.close();
});

await step('a site without the API shows a share link\'s matrix from the engine, and says why it waits', async () => {
  const link = shareLink(server.url, threeLevels);
  const static_ = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await static_.route('**/api/run', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: 'not found' }));
  let release;
  const held = new Promise((r) => { release = r; });
  // the wasm waits until the page has said that no server matrix is coming
  await static_.route('**/*.wasm', async (r) => { await held; await r.continue(); });
  const p = await static_.newPage();
  await p.goto(link);
  await expectText(p.locator('#status'), /no server matrix here/);
  assert.equal(await p.locator('#matrix td.cell').count(), 0, 'no matrix before the engine\'s');
  assert.equal(await p.locator('#live').innerText(), 'loading');
  release();
  await p.locator('#live.live').waitFor({ timeout: patience });
  await expectText(p.locator('#status'), /2 levels, foreign keys off\.$/);
  await static_.close();
});

// heldEngine is a context whose pages get the engine's wasm only once
// release() is called, and that records the page's /api/run requests.
async function heldEngine(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  let release;
  const held = new Promise((r) => { release = r; });
  await ctx.route('**/*.wasm', async (r) => { await held; await r.continue(); });
  const runs = [];
  ctx.on('request', (r) => { if (r.url().endsWith('/api/run')) runs.push(r.url()); });
  return { ctx, release, runs };
}

await step('a short link /s/{id} paints the matrix the server computed when it was shared, then the live engine\'s, the same', async () => {
  const res = await fetch(new URL('api/share', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(threeLevels) });
  const { url } = await res.json();
  const { ctx, release, runs } = await heldEngine();
  const p = await ctx.newPage();
  const errs = [];
  p.on('pageerror', (e) => errs.push(e.message));
  await p.goto(new URL(url.slice(1), server.url).href);
  // in the page as served: no engine, no /api/run
  await expectText(p.locator('#live'), /^computed on server$/);
  await expectText(p.locator('#status'), /2 levels, foreign keys off\. Computed on the server when the link was made/);
  const stored = await cells(p);
  assert.ok(stored.some((c) => c.startsWith('as-written/order_line: ')), `the shared models' tables: ${stored}`);
  assert.equal(await p.locator('#depth').inputValue(), '2');
  assert.deepEqual(runs, []);
  // the page's own files resolve from the site's root
  await p.locator('#matrix tr[data-id="as-written"]').click();
  await expectText(p.locator('#detail pre.sql'), /DELETE FROM/);
  await p.evaluate(() => { for (const e of document.querySelectorAll('#matrix table, #diagram svg')) e.dataset.first = ''; });
  release();
  await p.locator('#live.live').waitFor({ timeout: patience });
  await expectText(p.locator('#status'), /2 levels, foreign keys off\.$/);
  assert.deepEqual(await cells(p), stored);
  // the live matrix shows the same table and diagram: they are not drawn again
  assert.equal(await p.locator('#matrix table[data-first], #diagram svg[data-first]').count(), 2);
  // an edit leaves the shared page for the playground's own address
  await typeInto(p, threeLevels.source + '\n# mine\n');
  await p.waitForFunction(() => location.pathname === '/');
  assert.deepEqual(errs, []);
  await ctx.close();
});

await step('a #s= link made by Share carries its table: a site without the API paints it before the engine, badged, then the live one', async () => {
  assert.ok(link, 'the share step made a link');
  const frag = new URL(link).hash;
  assert.ok(frag.length < 4000, `the link's fragment is ${frag.length} characters`);
  const { ctx, release, runs } = await heldEngine();
  await ctx.route('**/api/run', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: 'not found' }));
  const p = await ctx.newPage();
  await p.goto(link);
  await expectText(p.locator('#live'), /^from the link$/);
  await expectText(p.locator('#status'), /2 levels, foreign keys off\. Carried by the link/);
  await expectText(cell(p, 'as-written', 'child'), /6 → 3/);
  await p.evaluate(() => { document.querySelector('#matrix table').dataset.first = ''; });
  const carried = await cells(p);
  assert.deepEqual(runs, [], 'the link\'s matrix needs no server');
  await p.locator('#matrix tr[data-id="as-written"]').click();
  await expectText(p.locator('#detail'), /come with the live engine/);
  release();
  await p.locator('#live.live').waitFor({ timeout: patience });
  await expectText(p.locator('#status'), /2 levels, foreign keys off\.$/);
  assert.deepEqual(await cells(p), carried);
  await expectText(p.locator('#detail pre.sql'), /DELETE FROM/);
  // the rows drawn from the link stay, and open the live engine's variants
  assert.equal(await p.locator('#matrix table[data-first]').count(), 1);
  const other = p.locator('#matrix tr.variant').nth(1);
  const title = (await other.locator('th').innerText()).split('\n')[0];
  await other.click();
  await expectText(p.locator('#detail-title'), new RegExp(`^\\d+\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expectText(p.locator('#detail pre.sql'), /\S/);
  await ctx.close();
});

await step('an engine worker that does not load is reported, not waited for', async () => {
  const broken = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await broken.route('**/engine-worker.*.js', (r) => r.fulfill({ status: 404, contentType: 'text/javascript', body: '' }));
  const p = await broken.newPage();
  await p.goto(server.url);
  await expectText(p.locator('#status'), /The engine failed: the engine's worker failed/);
  // the pre-rendered matrix stays, badged as such
  await expectText(p.locator('#live'), /^pre-rendered$/);
  await broken.close();
});

// the editor (CodeMirror) is a chunk of its own: the page paints its first
// matrix without it, and loads it after
await step('the matrix paints before the editor\'s code arrives; the editor comes after it', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  let release;
  const held = new Promise((r) => { release = r; });
  const asked = [];
  await ctx.route('**/editor.*.js', async (r) => { asked.push(r.request().url()); await held; await r.continue(); });
  const p = await ctx.newPage();
  await p.goto(server.url);
  await expectText(cell(p, 'as-written', 'child'), /6 → 6/);
  await expectText(p.locator('#status'), /^12 variants/);
  assert.equal(await p.locator('.cm-content').count(), 0);
  // an example chosen while the editor loads is the text it comes with
  await p.selectOption('#examples', 'three_levels');
  const chosen = await p.evaluate(() => JSON.parse(localStorage.getItem('cascadelab.state')).source);
  assert.doesNotMatch(chosen, /class Parent\(/);
  release();
  await expectText(p.locator('.cm-content'), new RegExp(chosen.split('\n').find((l) => l.startsWith('class ')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await p.waitForTimeout(500);
  assert.equal(await saved(p), chosen);
  // by the page, and by the service worker as it keeps the site offline
  assert.ok(asked.length >= 1, 'the editor\'s chunk was held back');
  await ctx.close();
});

await step('a repeat visit (under the service worker) starts the engine as it draws the first matrix, a first visit a frame later', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // whether the engine was started when the first matrix went into the page
  // (the observer runs after the task's code that drew it)
  await ctx.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('#matrix table')) return;
      seen.disconnect();
      globalThis.startedWithMatrix = globalThis.cascadelabTimings.some((t) => t.engineStartMs !== undefined);
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  const p = await ctx.newPage();
  const started = () => p.evaluate(() => ({ controlled: !!navigator.serviceWorker.controller, startedWithMatrix: globalThis.startedWithMatrix }));
  await p.goto(server.url);
  await p.locator('#live.live').waitFor({ timeout: patience });
  assert.equal((await started()).startedWithMatrix, false);
  await p.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: patience });
  await p.reload();
  await p.locator('#live.live').waitFor({ timeout: patience });
  assert.deepEqual(await started(), { controlled: true, startedWithMatrix: true });
  await ctx.close();
});

await step('reload restores the autosaved text', async () => {
  const tweaked = fixed + '\n# my note\n';
  await typeInto(page, tweaked);
  await page.waitForTimeout(500);
  await page.goto(server.url); // no fragment: only the autosave can bring the text back
  await expectText(cell(page, 'as-written', 'child'), /6 → 3/, 30000);
  assert.equal(await saved(page), tweaked);
  await expectText(page.locator('.cm-content'), /# my note/);
});

await step('an endless query is stopped by the step budget at its line, and the page still answers', async () => {
  await page.locator('#live.live').waitFor({ timeout: patience });
  // SQLite's instructions count against the run's steps, as the interpreter's do
  await typeInto(page, fixed + '\nfrom sqlalchemy import create_engine, text\nwith create_engine("sqlite://").connect() as conn:\n    conn.execute(text("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"))\n');
  await expectText(page.locator('#status'), /line \d+:\d+: OperationalError: .*step budget/, patience);
  await typeInto(page, seed);
  await expectText(cell(page, 'as-written', 'child'), /6 → 6/, patience);
  await expectText(page.locator('#status'), /12 variants/);
});

await step('a run stuck inside its steps is stopped by the watchdog and the page still answers', async () => {
  // each step scans eight million characters: the steps would take hours
  await typeInto(page, fixed + "\nx = 'ab' * 4_000_000\nwhile True:\n    x.count('b')\n");
  await expectText(page.locator('#status'), /Stopped after \d+ s/, patience);
  await page.screenshot({ path: path.join(artifacts, '05-watchdog.png'), fullPage: true });
  await typeInto(page, seed);
  await expectText(cell(page, 'as-written', 'child'), /6 → 6/, patience);
  await expectText(page.locator('#status'), /12 variants/);
});

await step('while True: pass is stopped and reported at its line', async () => {
  await typeInto(page, seed + '\nwhile True:\n    pass\n');
  await expectText(page.locator('#status'), /line 17:1: StepLimitExceeded/);
  await typeInto(page, seed);
  await expectText(page.locator('#status'), /12 variants/);
});

await step('a whole script from the examples menu is its own first variant, with its printed output', async () => {
  await page.locator('#examples').selectOption('seed_script');
  await expectText(page.locator('#matrix tr[data-id="as-written"] th'), /\(your script\)/, 30000);
  await expectText(cell(page, 'as-written', 'child'), /3 → 3/);
  await page.locator('#matrix tr[data-id="as-written"]').click();
  await expectText(page.locator('#detail pre.stdout'), /After delete, children = 3/);
  assert.equal(await page.locator('#matrix tr[data-id="remove-child"]').count(), 0);
  await page.screenshot({ path: path.join(artifacts, '07-script.png'), fullPage: true });
});

await step('at 375 px the matrix is reachable', async () => {
  const narrow = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const p3 = await narrow.newPage();
  await p3.goto(server.url);
  const row = p3.locator('#matrix tr[data-id="as-written"]');
  await row.scrollIntoViewIfNeeded();
  assert.ok(await row.isVisible());
  const box = await cell(p3, 'as-written', 'child').boundingBox();
  assert.ok(box, 'the child cell has a box');
  const scrollable = await p3.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  assert.ok(scrollable, 'the page itself does not scroll sideways');
  await row.click();
  await p3.locator('#detail-title').waitFor();
  await p3.screenshot({ path: path.join(artifacts, '06-narrow.png'), fullPage: true });
  await narrow.close();
});

await step('no script error on the page', async () => {
  assert.deepEqual(errors, []);
});

await close();
server.stop();
finish();
