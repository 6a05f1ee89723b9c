// The lessons, the embeddable widget and the offline site, in real
// Chromium; and a check that the built site references no outside host.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startServer, launch, repo, steps, patience } from './browser.mjs';

const artifacts = path.join(repo, 'web', 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const build = path.join(repo, 'web', 'build');
const { step, finish } = steps();

await step('nothing in the built site references an outside host', async () => {
  // what a browser would load: src/href/url()/import/fetch/importScripts of an absolute URL
  const loads = /(?:\b(?:src|href|action)\s*=\s*["']?|url\(\s*["']?|\bimport\s*\(?\s*["']|\bfrom\s*["']|\bfetch\(\s*["']|importScripts\(\s*["'])(?:https?:)?\/\//gi;
  const bad = [];
  const walk = (dir) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.(html|js|css|json|svg)$/.test(d.name)) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(loads)) bad.push(`${path.relative(build, p)}: ${m[0]}`);
      }
    }
  };
  walk(build);
  assert.deepEqual(bad, []);
});

const server = await startServer();
const { browser, close } = await launch();

const lessons = fs.readdirSync(path.join(build, 'lessons')).filter((f) => f.endsWith('.html') && f !== 'index.html');

await step(`every widget of the ${lessons.length} lessons renders a matrix`, async () => {
  assert.equal(lessons.length, 13);
  const ctx = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const f of lessons) {
    await page.goto(`${server.url}lessons/${f}`);
    const widgets = page.locator('cascade-lab');
    const n = await widgets.count();
    assert.ok(n > 0, `${f} has no widget`);
    for (let i = 0; i < n; i++) {
      await widgets.nth(i).scrollIntoViewIfNeeded();
      await widgets.nth(i).locator('tr.variant').first().waitFor({ timeout: patience }).catch(async (err) => {
        const status = await widgets.nth(i).locator('.status').innerText().catch(() => '');
        throw new Error(`${f}, widget ${i + 1} of ${n}, status ${JSON.stringify(status)}: ${err.message}`);
      });
    }
    if (f === 'passive-deletes.html') await page.screenshot({ path: path.join(artifacts, '10-lesson.png'), fullPage: true });
  }
  assert.deepEqual(errors, []);
  await ctx.close();
});

await step('editing a widget updates its matrix', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${server.url}lessons/wrong-side.html`);
  const w = page.locator('cascade-lab').first();
  const cell = w.locator('tr[data-id="as-written"] td[data-table="child"]');
  await cell.waitFor({ timeout: patience });
  assert.match(await cell.innerText(), /6 → 6/);
  assert.equal(await w.locator('tr[data-id="as-written"] td[data-table="parent"]').count(), 0, 'watch="child" shows the child table only');
  const text = await w.locator('.cm-content').innerText();
  await w.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text.replace('cascade="all,delete", backref="children"', 'backref=backref("children", cascade="all, delete-orphan")')
    .replace('import declarative_base, relationship', 'import declarative_base, relationship, backref'));
  await page.waitForFunction(() => {
    const c = document.querySelector('cascade-lab').shadowRoot.querySelector('tr[data-id="as-written"] td[data-table="child"]');
    return c && c.textContent.startsWith('6 → 3');
  }, null, { timeout: patience });
  await ctx.close();
});

await step('a third-party page on another port embeds two widgets without touching its styles', async () => {
  const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');
  const fixed = fs.readFileSync(path.join(repo, 'web', 'examples', 'fix_parent.py'), 'utf8');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const hostPage = `<!doctype html><html><head><meta charset="utf-8"><title>Host docs</title>
<style>body { font-family: serif; color: rgb(10, 20, 30); } table { border: 5px solid rgb(200, 0, 0); } pre { color: rgb(0, 128, 0); }</style>
<script type="module" src="${server.url}embed.js"></script></head>
<body><h1 id="host-title">Our docs</h1><table id="host-table"><tr><td>host</td></tr></table>
<cascade-lab variants="as-written,orm-cascade">${esc(seed)}</cascade-lab>
<p>Between the widgets.</p>
<cascade-lab src="models.py" theme="dark" height="200px"></cascade-lab>
</body></html>`;
  const host = http.createServer((req, res) => {
    if (req.url === '/models.py') { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end(fixed); return; }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(hostPage);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostURL = `http://127.0.0.1:${host.address().port}/`;
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostURL);
  const widgets = page.locator('cascade-lab');
  for (let i = 0; i < 2; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await widgets.nth(i).locator('tr.variant').first().waitFor({ timeout: patience });
  }
  assert.match(await widgets.nth(0).locator('tr[data-id="as-written"] td[data-table="child"]').innerText(), /6 → 6/);
  assert.match(await widgets.nth(1).locator('tr[data-id="as-written"] td[data-table="child"]').innerText(), /6 → 3/);
  assert.equal(await widgets.nth(0).locator('tr.variant').count(), 2);
  const styles = await page.evaluate(() => {
    const t = document.getElementById('host-table');
    const inner = document.querySelector('cascade-lab').shadowRoot.querySelector('table');
    return {
      hostBorder: getComputedStyle(t).borderTopWidth,
      hostColor: getComputedStyle(document.body).color,
      hostFont: getComputedStyle(document.body).fontFamily,
      innerBorder: getComputedStyle(inner).borderTopWidth,
    };
  });
  assert.equal(styles.hostBorder, '5px');
  assert.equal(styles.hostColor, 'rgb(10, 20, 30)');
  assert.equal(styles.hostFont, 'serif');
  assert.notEqual(styles.innerBorder, '5px');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(artifacts, '11-third-party.png'), fullPage: true });
  await ctx.close();
  host.close();
});

await step('offline: with outside requests blocked, then with the server stopped, the site opens and runs', async () => {
  const own = await startServer();
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' ? route.continue() : route.abort();
  });
  const page = await ctx.newPage();
  await page.goto(own.url);
  await page.locator('#live.live').waitFor({ timeout: patience });
  // wait until the service worker has cached the whole site
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 100));
    return reg.active.state;
  });
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (!keys.length) return false;
    const c = await caches.open(keys[0]);
    return (await c.keys()).some((r) => r.url.endsWith('.wasm'));
  }, null, { timeout: patience, polling: 500 });
  own.stop();
  await new Promise((r) => setTimeout(r, 300));
  await page.reload();
  await page.locator('#matrix tr.variant').first().waitFor({ timeout: patience });
  await page.locator('#live.live').waitFor({ timeout: patience });
  await page.goto(`${own.url}lessons/bulk-delete.html`);
  await page.locator('cascade-lab').first().locator('tr.variant').first().waitFor({ timeout: patience });
  await page.screenshot({ path: path.join(artifacts, '12-offline.png') });
  await ctx.close();
});

await close();
server.stop();
finish();
