// What the page shows is what the engine computed for the settings it names
// (issue 16): lesson widgets against their blocks' expect, share links and
// the frame form against `cascadelab variants` with the same settings, the
// watchdog's recovery, autosave against the fragment, the bounded fields,
// models without relationships, the phone layout and a hostile host page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launch, repo, steps, patience } from './browser.mjs';

const artifacts = path.join(repo, 'web', 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const bin = process.env.CASCADELAB_BIN || path.join(repo, 'bin', 'cascadelab');
const seed = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed.py'), 'utf8');
const seedScript = fs.readFileSync(path.join(repo, 'web', 'examples', 'seed_script.py'), 'utf8');

// variants is `cascadelab variants --json` on text with the CLI's flags.
function variants(text, flags = []) {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl16-')), 'models.py');
  fs.writeFileSync(f, text);
  return JSON.parse(execFileSync(bin, ['variants', '--json', ...flags, f], { maxBuffer: 64 << 20 }));
}

// cells is a matrix as the page shows it: "id table" -> "before → after".
function cells(m) {
  const out = {};
  for (const v of m.variants) for (const t of m.tables) out[`${v.id} ${t}`] = `${v.counts[t].before} → ${v.counts[t].after}`;
  return out;
}

// shareLink encodes a state as the Share button does (deflate-raw, base64url).
function fragment(state) {
  return 's=' + zlib.deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url');
}

// shown reads the cells of the matrix under root (a page or a widget's locator).
const readCells = (root) => root.locator('tr.variant td.cell').evaluateAll((tds) => Object.fromEntries(
  tds.map((td) => [`${td.closest('tr').dataset.id} ${td.dataset.table}`, td.firstChild.textContent])));

// until polls fn until it returns something true; what() names it when it never does.
async function until(fn, what, timeout = patience) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
}

async function expectText(locator, re, timeout = patience) {
  let last = '';
  await until(async () => { last = await locator.innerText().catch(() => ''); return re.test(last); }, () => `${re}, last ${JSON.stringify(last)}`, timeout);
  return last;
}

// settle waits for the status to match re; a matrix the watchdog stopped
// (a heavy model on a busy machine) is run again, until patience runs out.
async function settle(page, re) {
  let last = '';
  await until(async () => {
    last = await page.locator('#status').innerText();
    if (/^Stopped after/.test(last)) {
      await page.locator('#run').click();
      await page.waitForFunction(() => !document.getElementById('results').hasAttribute('aria-busy'), null, { timeout: patience });
      last = await page.locator('#status').innerText();
    }
    return re.test(last);
  }, () => `${re}, last ${JSON.stringify(last)}`);
}

// settleWidget waits for a widget's matrix, running it again when the
// watchdog stopped it (the same heavy-machine allowance as settle).
async function settleWidget(w) {
  let last = '';
  await until(async () => {
    if (await w.locator('tr.variant').count()) return true;
    last = await w.locator('.status').innerText().catch(() => '');
    if (/^Stopped after/.test(last)) await w.evaluate((e) => e.run());
    return false;
  }, () => `a widget's matrix, last status ${JSON.stringify(last)}`);
}

async function typeInto(page, text) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

const server = await startServer();
const { browser, close } = await launch();
const { step, finish } = steps();
const desk = { viewport: { width: 1300, height: 900 } };

// playground opens the page in a new context and waits for the engine;
// errors collects the page's uncaught ones.
async function playground(options = desk) {
  const ctx = await browser.newContext(options);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('#live.live').waitFor({ timeout: patience });
  return { ctx, page, errors };
}

await step('every lesson widget shows exactly its block\'s expect', async () => {
  const ctx = await browser.newContext(desk);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let checked = 0;
  for (const f of fs.readdirSync(path.join(repo, 'lessons')).filter((x) => /^\d+-.*\.md$/.test(x)).sort()) {
    const blocks = [...fs.readFileSync(path.join(repo, 'lessons', f), 'utf8').matchAll(/^```cascade\b(.*)$/gm)]
      .map((b) => Object.fromEntries([...b[1].matchAll(/([a-z]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
    await page.goto(`${server.url}lessons/${f.replace(/^\d+-/, '').replace(/\.md$/, '.html')}`);
    const widgets = page.locator('cascade-lab');
    assert.equal(await widgets.count(), blocks.length, f);
    for (const [i, b] of blocks.entries()) {
      const w = widgets.nth(i);
      await w.scrollIntoViewIfNeeded();
      await settleWidget(w);
      for (const e of (b.expect || '').split(/\s+/).filter(Boolean)) {
        const [id, what] = e.split(':');
        const row = w.locator(`tr.variant[data-id="${id}"]`);
        assert.equal(await row.count(), 1, `${f} block ${i}: no row ${id}`);
        if (what.includes('=')) {
          const [table, counts] = what.split('=');
          const text = await row.locator(`td[data-table="${table}"]`).evaluate((td) => td.firstChild.textContent);
          assert.equal(text, counts.replace('>', ' → '), `${f} block ${i}: ${e}`);
        } else {
          assert.match(await row.getAttribute('class'), new RegExp(`\\boutcome-${what}\\b`), `${f} block ${i}: ${e}`);
        }
        checked++;
      }
    }
  }
  assert.ok(checked > 30, `only ${checked} expectations checked`);
  assert.deepEqual(errors, []);
  await ctx.close();
});

const sharedOptions = { children: 4, depth: 3, delete: '', foreignKeys: true };
const sharedFlags = ['--children', '4', '--fk'];

await step('a cold share link paints only the matrix of its own settings, first and live', async () => {
  const want = cells(variants(seed, sharedFlags));
  assert.equal(want['as-written child'], '8 → 8');
  const ctx = await browser.newContext(desk);
  // every paint of the matrix, with the status line and the badge above it
  await ctx.addInitScript(() => {
    window.paints = [];
    new MutationObserver(() => {
      const tds = document.querySelectorAll('#matrix tr.variant td.cell');
      if (!tds.length) return;
      window.paints.push({
        status: document.getElementById('status').textContent,
        badge: document.getElementById('live').textContent,
        cells: Object.fromEntries([...tds].map((td) => [`${td.closest('tr').dataset.id} ${td.dataset.table}`, td.firstChild.textContent])),
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await ctx.newPage();
  await page.goto(`${server.url}#${fragment({ source: seed, options: sharedOptions })}`);
  await page.locator('#live.live').waitFor({ timeout: patience });
  await settle(page, /4 children/);
  assert.deepEqual(await readCells(page.locator('#matrix')), want);
  const paints = await page.evaluate(() => window.paints);
  assert.ok(paints.length > 0);
  for (const p of paints) {
    assert.deepEqual(p.cells, want, `a painted matrix under "${p.status}"`);
    assert.match(p.status, /4 children/);
    assert.doesNotMatch(p.status, /Pre-rendered/, 'the engine computed it');
  }
  assert.equal(await page.locator('#children').inputValue(), '4');
  assert.ok(await page.locator('#fk').isChecked());
  await ctx.close();
});

await step('embed.html#s= runs the shared settings', async () => {
  // a few variants: the frame's widget runs them in one worker, within the watchdog's limit on a busy machine
  const only = ['as-written', 'raw-delete', 'orm-cascade', 'fk-off'];
  const want = cells(variants(seed, [...sharedFlags, '--only', only.join(',')]));
  assert.equal(want['as-written child'], '8 → 8');
  const ctx = await browser.newContext(desk);
  const page = await ctx.newPage();
  await page.goto(`${server.url}embed.html#${fragment({ source: seed, options: { ...sharedOptions, variants: only } })}`);
  const w = page.locator('cascade-lab');
  await settleWidget(w);
  assert.deepEqual(await readCells(w), want);
  await expectText(w.locator('.status'), /4 children.*foreign keys on/);
  await ctx.close();
});

await step('a model class without relationships, no class at all, and twenty tables all render', async () => {
  const one = 'from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\nBase = declarative_base()\n\nclass Audit(Base):\n    __tablename__ = "audit"\n    id = Column(Integer, primary_key=True)\n    what = Column(String)\n';
  let many = 'from sqlalchemy import Column, Integer, ForeignKey\nfrom sqlalchemy.orm import declarative_base, relationship\nBase = declarative_base()\n';
  for (let i = 0; i < 20; i++) {
    many += `\nclass T${i}(Base):\n    __tablename__ = "t${i}"\n    id = Column(Integer, primary_key=True)\n`;
    if (i > 0) many += `    parent_id = Column(Integer, ForeignKey("t${i - 1}.id"))\n    parent = relationship("T${i - 1}", backref="kids")\n`;
  }
  const { ctx, page, errors } = await playground();
  await typeInto(page, one);
  await settle(page, /deleting Audit 1/);
  assert.deepEqual(await readCells(page.locator('#matrix')), cells(variants(one)));
  await page.locator('#diagram svg .box').first().waitFor();
  // with that text autosaved, a reload goes live
  await page.reload();
  await page.locator('#live.live').waitFor({ timeout: patience });
  await settle(page, /deleting Audit 1/);
  await typeInto(page, 'x = 1\n');
  await settle(page, /without mapped classes/);
  await typeInto(page, many);
  await settle(page, /deleting T0 1/);
  assert.equal(await page.locator('#diagram svg .box').count(), 20);
  assert.deepEqual(await readCells(page.locator('#matrix')), cells(variants(many)));
  assert.deepEqual(errors, []);
  await ctx.close();
});

await step('the engine survives the watchdog: runaway, stop, reload, fix, twice', async () => {
  const { ctx, page, errors } = await playground();
  const want = cells(variants(seed));
  for (let round = 0; round < 2; round++) {
    await typeInto(page, seed + '\nwhile True:\n    pass\n');
    await expectText(page.locator('#status'), /Stopped after|went over|budget/i, patience);
    await page.reload();
    await page.locator('.cm-content').waitFor();
    await expectText(page.locator('.cm-content'), /while True/);
    await expectText(page.locator('#status'), /Stopped after|went over|budget/i, patience);
    await typeInto(page, seed);
    await settle(page, /^12 variants/);
    assert.deepEqual(await readCells(page.locator('#matrix')), want, `round ${round}`);
    assert.equal(await page.locator('#live').innerText(), 'live');
  }
  await page.screenshot({ path: path.join(artifacts, '16-recovered.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

await step('edits after sharing win over the fragment at reload', async () => {
  const { ctx, page } = await playground();
  await page.locator('#share').click();
  await page.waitForFunction(() => location.hash.startsWith('#s='));
  await typeInto(page, seed + '\n# edited after sharing\n');
  await until(() => page.evaluate(() => (localStorage.getItem('cascadelab.state') || '').includes('edited after sharing')), 'the autosave');
  await page.reload();
  await expectText(page.locator('.cm-content'), /edited after sharing/);
  await ctx.close();
});

await step('children and depth refuse values outside the engine\'s bounds, visibly', async () => {
  const { ctx, page } = await playground();
  for (const [id, name] of [['children', 'Children per relationship'], ['depth', 'Depth']]) {
    const input = page.locator(`#${id}`);
    const min = Number(await input.getAttribute('min'));
    const max = Number(await input.getAttribute('max'));
    assert.ok(min >= 1 && max > min, `${id} has bounds`);
    // the bounds are on screen, not only in the attributes
    assert.match(await page.locator(`label:has(#${id})`).innerText(), new RegExp(`${min}\\D+${max}`));
    for (const bad of [String(max + 1), String(min - 1), '-3', '2.5']) {
      await input.fill(bad);
      await input.dispatchEvent('change');
      await settle(page, new RegExp(`${name}.*${min}.*${max}`));
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      assert.ok(await page.locator('#results.stale').count(), 'the matrix is marked as not for these settings');
    }
    await input.fill(String(max));
    await input.dispatchEvent('change');
    await settle(page, id === 'children' ? new RegExp(`${max} children`) : new RegExp(`${max} levels`));
    assert.equal(await input.getAttribute('aria-invalid'), null);
    const flags = id === 'children' ? ['--children', String(max)] : ['--depth', String(max)];
    assert.deepEqual(await readCells(page.locator('#matrix')), cells(variants(seed, flags)));
    await input.fill(id === 'children' ? '3' : '3');
    await input.dispatchEvent('change');
    await settle(page, /3 children per relationship, 3 levels/);
  }
  await ctx.close();
});

const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

await step('at 375 px the playground and every lesson fit the screen; long lines wrap, the SQL scrolls in its box', async () => {
  const { ctx, page } = await playground({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  assert.ok(await fitsWidth(page), 'the playground scrolls sideways');
  await typeInto(page, seed + `\n# ${'a long comment that goes on and on '.repeat(6)}\n`);
  await settle(page, /^12 variants/);
  assert.ok(await page.locator('.cm-editor .cm-lineWrapping').count(), 'the editor wraps long lines');
  assert.ok(await fitsWidth(page), 'a long line widens the page');
  await page.locator('#matrix tr[data-id="as-written"]').click();
  const sql = page.locator('#detail pre.sql');
  await sql.waitFor();
  const fits = await sql.evaluate((e) => e.getBoundingClientRect().right <= window.innerWidth && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));
  assert.ok(fits, 'the SQL block stays in the screen and scrolls');
  assert.ok(await fitsWidth(page));
  await page.screenshot({ path: path.join(artifacts, '16-phone.png'), fullPage: true });
  for (const f of fs.readdirSync(path.join(repo, 'lessons')).filter((x) => /^\d+-.*\.md$/.test(x))) {
    await page.goto(`${server.url}lessons/${f.replace(/^\d+-/, '').replace(/\.md$/, '.html')}`);
    const w = page.locator('cascade-lab').first();
    await w.scrollIntoViewIfNeeded();
    await settleWidget(w);
    assert.ok(await fitsWidth(page), `${f} scrolls sideways at 375 px`);
    if (f.startsWith('04-')) await page.screenshot({ path: path.join(artifacts, '16-phone-lesson.png'), fullPage: true });
  }
  await ctx.close();
});

await step('a hostile host stylesheet does not reach into the widget', async () => {
  const hostile = 'text-transform: uppercase; letter-spacing: 4px; word-spacing: 12px; text-align: right; cursor: wait; font-style: italic; white-space: pre; line-height: 4;';
  const hostPage = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile host</title>
<style>body, cascade-lab { ${hostile} }</style>
<script type="module" src="${server.url}embed.js"></script></head>
<body><p id="host">host text</p><cascade-lab variants="as-written,orm-cascade" fk="on">${seed.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</cascade-lab></body></html>`;
  const host = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(hostPage); });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const ctx = await browser.newContext(desk);
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const w = page.locator('cascade-lab');
  await settleWidget(w);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('cascade-lab').shadowRoot;
    return ['.status', 'tr.variant th', 'td.verdict', '.cm-line'].map((sel) => {
      const c = getComputedStyle(root.querySelector(sel));
      return [sel, c.textTransform, c.letterSpacing, c.wordSpacing, c.textAlign, c.fontStyle, c.cursor].join(' ');
    });
  });
  for (const c of inside) assert.match(c, /^\S+( \S+)? none normal 0px (start|left) normal (auto|pointer|text)$/);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('cascade-lab').shadowRoot.querySelector('.frame')).cursor), 'wait');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('host')).textTransform), 'uppercase', 'the host keeps its own styles');
  await page.screenshot({ path: path.join(artifacts, '16-hostile-host.png'), fullPage: true });
  await ctx.close();
  host.close();
});

await step('a script\'s printed output shows beside the matrix at once; a legend; your row and the fixes stand out', async () => {
  const { ctx, page } = await playground();
  for (const what of ['deleted', 'orphaned', 'dangling', 'error']) assert.ok(await page.locator(`.legend .swatch.${what}`).isVisible(), what);
  assert.match(await page.locator('#matrix tr[data-id="as-written"]').getAttribute('class'), /\byours\b/);
  assert.match(await page.locator('#matrix tr[data-id="orm-cascade"]').getAttribute('class'), /\bfixes\b/);
  assert.doesNotMatch(await page.locator('#matrix tr[data-id="bulk-delete"]').getAttribute('class'), /\bfixes\b/);
  await page.locator('#examples').selectOption('seed_script');
  await expectText(page.locator('#printed pre.stdout'), /After delete, children = 3/);
  assert.ok(await page.locator('#printed pre.stdout').isVisible());
  assert.equal(await page.locator('#detail pre.stdout').count(), 0, 'no variant was opened');
  await ctx.close();
});

await step('the editor indents by four spaces, shows its focus, and a run keeps the focus on the open variant', async () => {
  const { ctx, page } = await playground();
  await typeInto(page, 'class A:');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('x = 1');
  await until(async () => (await page.evaluate(() => [...document.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'))) === 'class A:\n    x = 1', 'four spaces');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('editor')).outlineStyle), 'solid');
  await typeInto(page, seed);
  await settle(page, /^12 variants.*foreign keys off/);
  await page.locator('#matrix tr[data-id="as-written"]').click();
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'detail-title');
  await page.evaluate(() => { const fk = document.getElementById('fk'); fk.checked = true; fk.dispatchEvent(new Event('change')); });
  await expectText(page.locator('#status'), /^12 variants.*foreign keys on/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'detail-title');
  await ctx.close();
});

await step('the diagram keeps every label inside it, apart from the others', async () => {
  const { ctx, page } = await playground();
  for (const ex of ['seed', 'blog_m2m', 'tree']) {
    await page.locator('#examples').selectOption(ex);
    await until(() => page.evaluate((n) => {
      const s = document.querySelector('#diagram svg');
      return s && [...s.querySelectorAll('.box .cls')].some((t) => t.textContent === n);
    }, { seed: 'Parent', blog_m2m: 'Tag', tree: 'Node' }[ex]), `the diagram of ${ex}`);
    const bad = await page.evaluate(() => {
      const s = document.querySelector('#diagram svg');
      const vb = s.viewBox.baseVal;
      const labels = [...s.querySelectorAll('text')].map((t) => ({ t: t.textContent, b: t.getBBox() }));
      const out = [];
      const inside = (b) => b.x >= vb.x && b.y >= vb.y && b.x + b.width <= vb.x + vb.width && b.y + b.height <= vb.y + vb.height;
      for (const l of labels) if (!inside(l.b)) out.push(`clipped: ${l.t}`);
      const edges = [...s.querySelectorAll('text.edge-label')].map((t) => ({ t: t.textContent, b: t.getBBox() }));
      for (let i = 0; i < edges.length; i++) for (let j = i + 1; j < edges.length; j++) {
        const a = edges[i].b, b = edges[j].b;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`overlap: ${edges[i].t} / ${edges[j].t}`);
      }
      const p = s.querySelector('path.edge');
      if (p && !inside(p.getBBox())) out.push('an edge is clipped');
      return out;
    });
    assert.deepEqual(bad, [], ex);
  }
  // the engine says which collection a wrong-side many-to-one deletes up from
  await page.locator('#examples').selectOption('seed');
  await until(() => page.evaluate(() => [...document.querySelectorAll('#diagram text.edge-label')]
    .some((t) => t.textContent === 'children · Child.parent deletes its Parent (wrong side)')), 'the wrong side in the seed\'s diagram');
  await ctx.close();
});

const axeSource = fs.readFileSync(path.join(repo, 'web', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

await step('axe-core finds no serious or critical violation: playground, lesson, frame form, light and dark', async () => {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ ...desk, colorScheme });
    const page = await ctx.newPage();
    for (const [where, ready] of [['', '#live.live'], ['lessons/passive-deletes.html', 'cascade-lab tr.variant'], [`embed.html#${fragment({ source: seed, options: { variants: ['as-written', 'orm-cascade'] } })}`, 'cascade-lab tr.variant']]) {
      await page.goto(server.url + where);
      await page.locator(ready).first().waitFor({ timeout: patience });
      if (!where) await page.locator('#matrix tr[data-id="as-written"]').click();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
      found.push(...violations.map((v) => `${colorScheme} /${where.split('#')[0]}: ${v}`));
    }
    await ctx.close();
  }
  assert.deepEqual(found, []);
});

await close();
server.stop();
finish();
