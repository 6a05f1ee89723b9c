// The playground: the editor on the left, the variant matrix on the right,
// the engine in a worker. The page renders only the engine's JSON.
/* global ENGINE_WORKER_URL, WASM_URL, LIMITS */
import { Engine, timings } from './engine.js';
import { encodeState, decodeState, tableOnly } from './share.js';
import { el, fill, renderMatrix, renderDetail, renderDiagram, renderPrinted } from './render.js';
import { defaults, bounded, sameOptions, describe } from './scenario.js';
import { examples } from './examples.js';

const $ = (id) => document.getElementById(id);
const SAVE_KEY = 'cascadelab.state';
// the engine's bounds (engine.Bounds), put in by the build, on the fields and on screen
for (const k of ['children', 'depth']) {
  Object.assign($(k), { min: LIMITS[k].min, max: LIMITS[k].max, value: LIMITS[k].default });
  $(`${k}-bounds`).textContent = `(${LIMITS[k].min}–${LIMITS[k].max})`;
}

// the page's first matrix: the default example's, pre-rendered by the
// build, or on a shared page (/s/{id}) the shared state and the matrix the
// server computed when the link was made ({share, source, options, matrix})
const prerendered = JSON.parse($('prerendered').textContent);
let sharedPage = !!prerendered.share;

let state = { source: prerendered.source, options: { ...defaults } };
let matrix = null; // the last good matrix
let selected = null; // the open variant's id
let live = false; // the engine has answered once
let origin = null; // the origin of the matrix on screen (a key of origins)
let liveFor = null; // the state the live engine computed the matrix on screen for
let seq = 0;
let loading = false; // the editor's text is being replaced by the page
// the editor is made once the first matrix is painted (boot): CodeMirror's
// set-up and first measure took longer than drawing the matrix, in the same
// task; until then show() keeps the diagnostics for it
let editor = null;
let marked = null; // {source, diagnostics} last shown

function setStatus(text, kind = 'info') {
  const s = $('status');
  s.textContent = text;
  s.className = `status ${kind}`;
}

function save() {
  try { localStorage.setItem(SAVE_KEY, JSON.stringify(state)); } catch { /* private mode: nothing to do */ }
}

function restore() {
  try {
    const s = JSON.parse(localStorage.getItem(SAVE_KEY) || 'null');
    return s && typeof s.source === 'string' ? s : null;
  } catch { return null; }
}

// readControls takes the settings into state; a number out of the engine's
// bounds is marked and its message returned, and the run waits for a fix.
function readControls() {
  const errors = [];
  const options = { delete: $('delete').value, foreignKeys: $('fk').checked };
  for (const k of ['children', 'depth']) {
    const r = bounded(k, $(k).value);
    if (r.error) {
      errors.push(r.error);
      $(k).setAttribute('aria-invalid', 'true');
    } else $(k).removeAttribute('aria-invalid');
    options[k] = r.error ? state.options[k] : r.value;
  }
  state.options = options;
  return errors;
}

function writeControls() {
  const o = { ...defaults, ...state.options };
  $('children').value = o.children;
  $('depth').value = o.depth;
  $('fk').checked = !!o.foreignKeys;
  fillDeleteChoices(matrix, o.delete);
}

function fillDeleteChoices(m, value) {
  const sel = $('delete');
  const names = m && m.model ? m.model.classes.map((c) => c.name) : [];
  if (value && !names.includes(value.split(':')[0])) names.push(value);
  fill(sel, el('option', { value: '' }, 'the first root'), names.map((n) => el('option', { value: n }, n)));
  sel.value = value || '';
}

// origins of the matrix on screen, as its badge names them
const origins = {
  prerendered: { badge: 'pre-rendered', note: ' Pre-rendered; the live engine is loading.' },
  server: { badge: 'computed on server', note: ' Computed on the server; the live engine is loading.' },
  shared: { badge: 'computed on server', note: ' Computed on the server when the link was made; the live engine is loading.' },
  // a link's matrix holds the table only (share.js): the details come with the engine
  link: { badge: 'from the link', note: ' Carried by the link; the live engine is loading.' },
  live: { badge: 'live', note: '' },
};

// badge names the origin of the matrix on screen (a key of origins).
function badge(o) {
  $('live').textContent = origins[o].badge;
  $('live').className = `badge ${o}`;
}

// tableKey is what the matrix's table shows of m (renderMatrix's fields).
const tableKey = (m) => JSON.stringify([m.tables, m.variants.map((v) => [v.id, v.number, v.title, v.outcome, !!v.fixes, v.counts, v.deleted, v.orphaned, v.dangling, v.verdict])]);
let drawn = { table: null, model: null }; // the keys of the table and the diagram on screen

// show draws matrix m, computed for source, by from (a key of origins).
function show(m, source, from) {
  origin = from;
  badge(from); // an error too comes from the engine
  marked = { source, diagnostics: m.diagnostics || [] };
  if (editor) editor.show(source, marked.diagnostics);
  const problems = (m.diagnostics || []).filter((d) => d.severity !== 'info');
  fill($('problems'), problems.map((d) => el('li', { class: d.severity },
    el('a', { href: `#L${d.line}`, onclick: (e) => { e.preventDefault(); goTo(d); } }, `${d.line}:${d.col}`), ' ', d.message,
    d.fix ? el('div', { class: 'fix' }, `Fix: ${d.fix}`) : null,
    d.lesson ? el('div', { class: 'lesson' }, 'Lesson: ', el('a', { href: `lessons/${encodeURIComponent(d.lesson)}.html` }, d.lesson)) : null)));
  if (m.error) {
    const where = m.error.line ? `line ${m.error.line}:${m.error.col}: ` : '';
    setStatus(`${where}${m.error.class}: ${m.error.message}${matrix ? ' (the matrix shows your last working version)' : ''}`, 'error');
    $('results').classList.add('stale');
    return;
  }
  matrix = m;
  $('results').classList.remove('stale');
  if (!m.variants.some((v) => v.id === selected)) selected = null;
  // the table and the diagram are drawn again only when what they show
  // changed: the live engine's matrix mostly repeats the server's, and
  // drawing them again laid the page out again (the diagram measures its
  // labels) in the task of its arrival
  const table = tableKey(m), model = JSON.stringify(m.model);
  if (table !== drawn.table) renderMatrix($('matrix'), m, selected, (v) => open(matrix.variants.find((x) => x.id === v.id)));
  if (model !== drawn.model) renderDiagram($('diagram'), m.model);
  drawn = { table, model };
  fillDeleteChoices(m, state.options.delete);
  renderPrinted($('printed'), m);
  setStatus(`${m.variants.length} variants, ${describe(m)}.${origins[from].note}`, 'ok');
  if (selected) open(m.variants.find((v) => v.id === selected), false);
  else fill($('detail'), el('p', { class: 'muted' }, 'Choose a variant to see its model change, its SQL and its rows.'));
}

function goTo(d) {
  if (!editor) return;
  const line = editor.view.state.doc.line(Math.min(d.line, editor.view.state.doc.lines));
  editor.view.dispatch({ selection: { anchor: line.from }, scrollIntoView: true });
  editor.view.focus();
}

function open(v, focus = true) {
  if (!v) return;
  // a run that redraws the open variant keeps the focus where the reader left it
  const refocus = focus || document.activeElement === $('detail-title');
  selected = v.id;
  for (const tr of document.querySelectorAll('#matrix tr.variant')) {
    const on = tr.dataset.id === v.id;
    tr.classList.toggle('selected', on);
    tr.setAttribute('aria-selected', on ? 'true' : 'false');
  }
  if (origin === 'link') {
    fill($('detail'), el('h2', { id: 'detail-title', tabindex: '-1' }, `${v.number}. ${v.title}`),
      el('p', { class: 'muted' }, 'Its model change, SQL and rows come with the live engine, which is loading.'));
  } else renderDetail($('detail'), matrix, v, { onCopy: copyScript });
  if (refocus) $('detail-title').focus();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const t = el('textarea', { class: 'offscreen' });
    t.value = text;
    document.body.append(t);
    t.select();
    const ok = document.execCommand('copy');
    t.remove();
    return ok;
  }
}

async function copyScript(v) {
  setStatus(await copyText(v.script) ? `Copied the script of variant ${v.number}: it runs with SQLAlchemy 2.0.` : 'Could not copy: your browser refused.', 'ok');
}

async function run() {
  if (!engine) { schedule(); return; }
  const invalid = readControls();
  save();
  const id = ++seq;
  if (invalid.length) {
    setStatus(invalid.join(' '), 'error');
    $('results').classList.add('stale');
    return;
  }
  const sent = { source: state.source, options: { ...state.options } };
  $('results').setAttribute('aria-busy', 'true');
  try {
    const ids = (matrix || prerendered.matrix || {}).variantIds;
    const m = await engine.variants({ name: 'models.py', ...sent }, ids);
    live = true;
    if (id !== seq) return;
    show(m, sent.source, 'live');
    liveFor = m.error ? null : sent;
  } catch (err) {
    if (id !== seq) return;
    if (err.timeout) badge('live'); // the engine ran, and was replaced
    setStatus(err.timeout
      ? `Stopped after ${LIMITS.watchdog} s: the script may loop forever or do too much. Your text is kept; edit it to run again.`
      : `The engine failed: ${err.message}`, 'error');
    $('results').classList.add('stale');
  } finally {
    if (id === seq) $('results').removeAttribute('aria-busy');
  }
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 400);
}

// makeEditor loads the editor (CodeMirror, most of the page's script: a
// chunk of its own, so that the first matrix paints before it is fetched,
// compiled and run) and makes it. Each step is a task of its own: the
// engine's workers keep the cores busy meanwhile, and one step together
// with the next held the main thread for 70-200 ms after load.
async function makeEditor() {
  // CodeMirror's packages, each evaluated after the ones it imports (in
  // one, the chunk's evaluation was one task of 70-130 ms)
  for (const part of editorParts) {
    await part();
    await nextTask();
  }
  const { prepareEditor } = await import('./editor.js');
  await nextTask();
  const prepared = prepareEditor({
    doc: state.source,
    onChange(text) {
      state.source = text;
      if (loading) return;
      unshare();
      save();
      schedule();
    },
    onRun() { clearTimeout(timer); run(); },
  });
  await nextTask();
  editor = prepared.mount($('editor'));
  // an example or a link loaded meanwhile
  if (editor.text() !== state.source) setText(state.source);
  await nextTask();
  if (marked) editor.show(marked.source, marked.diagnostics);
}

const editorParts = [() => import('@codemirror/state'), () => import('@codemirror/view'), () => import('@codemirror/language'), () => import('@codemirror/lang-python'),
  () => import('@codemirror/commands'), () => import('@codemirror/search')];
const nextTask = () => new Promise((r) => setTimeout(r, 0));

// home is the playground's address: a shared page (/s/{id}) is based at
// the site's root.
const home = () => (sharedPage ? new URL('./', document.baseURI).pathname : location.pathname + location.search);

// unshare drops a share fragment, or leaves a shared page, once the text or
// settings differ from it: at a reload the newest text, the autosave, wins.
function unshare() {
  if (location.hash || sharedPage) history.replaceState(null, '', home());
  sharedPage = false;
}

// setText puts the page's text in the editor, not as the reader's edit.
function setText(text) {
  loading = true;
  editor.setText(text);
  loading = false;
}

let engine; // started once the page has drawn, so that loading it does not delay the first paint

function load(s) {
  state = { source: s.source, options: { ...defaults, ...(s.options || {}) } };
  if (editor) setText(state.source); // else it is made with state.source
  save();
  writeControls();
}

// fromServer asks the site's API for the matrix of state while the engine
// loads, and shows it unless the engine answered first or the text or
// settings changed meanwhile: a static site has no API (or it is busy), and
// then the page waits for the engine, saying so.
async function fromServer(sent) {
  const body = JSON.stringify({ name: 'models.py', source: sent.source, options: sent.options });
  try {
    const r = await fetch(new URL('api/run', document.baseURI), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const m = await r.json();
    if (live || JSON.stringify({ source: state.source, options: state.options }) !== JSON.stringify(sent)) return;
    show(m, sent.source, 'server');
  } catch {
    if (!live && !matrix) setStatus('Loading the engine… (no server matrix here: the engine computes it in your browser)');
  }
}

// warmFonts lays out, hidden, the pre-rendered matrix, a variant's detail
// and its diagram, one a frame, then removes them: the first layout of a
// matrix asks the browser process for every font, size and weight it uses
// (synchronous calls that took seconds once the engine's workers kept the
// machine busy). Asked now, while the page is idle, the answers are cached
// for the real one; one frame each, as the three in one frame made a task
// of 60-100 ms.
async function warmFonts() {
  const m = prerendered.matrix;
  const box = el('div', { class: 'warm', 'aria-hidden': 'true' });
  $('results').append(box);
  const parts = [
    ['matrix-wrap', (e) => renderMatrix(e, m, null, () => {})],
    ['detail', (e) => renderDetail(e, m, m.variants[0], { onCopy: () => {} })],
    ['diagram', (e) => renderDiagram(e, m.model)],
  ];
  for (const [cls, draw] of parts) {
    const e = el('div', { class: cls });
    draw(e);
    for (const x of e.querySelectorAll('[id]')) x.removeAttribute('id');
    box.append(e);
    await painted();
  }
  box.remove();
}

// warmEditorFont resolves the editor's text font (CodeMirror's theme sets
// monospace, at the editor's size) while the browser is idle: the first
// layout of the editor asked the browser process for it synchronously, a
// wait of up to 470 ms once the engine's workers kept the machine busy.
function warmEditorFont() {
  const e = el('div', { class: 'warm', 'aria-hidden': 'true', style: 'font-family: monospace' }, state.source.slice(0, 200));
  $('editor').append(e);
  e.getBoundingClientRect();
  e.remove();
}

// painted resolves after the next frame is drawn.
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function boot() {
  fill($('examples'), el('option', { value: '' }, 'Examples…'), examples.map((x) => el('option', { value: x.id }, x.title)));
  const linked = await decodeState(location.hash);
  const initial = linked || (sharedPage ? prerendered : null) || restore();
  if (initial) load(initial);
  writeControls();
  readControls();
  // a matrix computed earlier is shown only for the very text and settings it was computed with
  const holds = (m, source) => m && state.source === source && sameOptions(state.options, m.options);
  if (linked && holds(linked.matrix, linked.source)) {
    show(linked.matrix, state.source, 'link');
  } else if (holds(prerendered.matrix, prerendered.source)) {
    show(prerendered.matrix, state.source, sharedPage ? 'shared' : 'prerendered');
  } else {
    setStatus('Loading the engine…');
    $('live').textContent = 'loading';
    fromServer({ source: state.source, options: state.options });
    if (prerendered.matrix) warmFonts();
  }
  // the first call compiles the engine: pay it now, before the first edit;
  // the editor loads while the engine starts
  const start = () => {
    timings.push({ engineStartMs: Math.round(performance.now()) });
    engine = new Engine(ENGINE_WORKER_URL, WASM_URL, { limitMs: LIMITS.watchdog * 1000 });
    return run();
  };
  // at a repeat visit (the service worker controls the page) V8 has the
  // engine compiled in its code cache: it starts at once. At a first visit
  // the first matrix (or the hidden one's first part) is laid out and
  // painted before the editor is made and the engine's download and
  // compile compete with it.
  let first = navigator.serviceWorker && navigator.serviceWorker.controller ? start() : null;
  await painted();
  warmEditorFont();
  first ||= start();
  await makeEditor();
  await first;
}

$('run').addEventListener('click', () => { clearTimeout(timer); run(); });
for (const id of ['children', 'depth', 'delete', 'fk']) $(id).addEventListener('change', () => { unshare(); run(); });
$('examples').addEventListener('change', (e) => {
  const x = examples.find((ex) => ex.id === e.target.value);
  if (!x) return;
  load({ source: x.source, options: defaults });
  selected = null;
  e.target.value = '';
  run();
});
$('share').addEventListener('click', async () => {
  readControls();
  // the live matrix of this very state travels with it, its table only: a
  // site without an API paints it before its engine is ready
  const m = liveFor && liveFor.source === state.source && sameOptions(liveFor.options, state.options) ? tableOnly(matrix) : undefined;
  const frag = await encodeState({ ...state, matrix: m });
  history.replaceState(null, '', `${home()}#${frag}`);
  sharedPage = false;
  const ok = await copyText(location.href);
  setStatus(ok ? 'Link copied: it holds your text and settings, no server involved.' : 'The link is in the address bar.', 'ok');
});
window.addEventListener('hashchange', async () => {
  const s = await decodeState(location.hash);
  if (s) { load(s); run(); }
});

boot();
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => { /* offline copy unavailable */ });
