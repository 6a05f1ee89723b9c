// The embeddable widget: <cascade-lab> with the models as its text (or
// src=), attributes height, theme (light, dark), watch (a table), readonly,
// and a lesson block's options (scenario.js): variants (ids), children,
// depth, delete, fk="on".
// It renders in a shadow root, loads the engine only when it scrolls into
// view, and every widget on a page shares one engine worker.
/* global ENGINE_WORKER_URL, WASM_URL, LIMITS */
import { createEditor } from './editor.js';
import { Engine } from './engine.js';
import { decodeState } from './share.js';
import { fromAttributes, toAttributes, describe } from './scenario.js';
import { el, fill, renderMatrix, renderDiff } from './render.js';
import css from './widget.css';

const base = new URL('.', import.meta.url);
let shared;

// engine is the page's one engine: a worker from this script's origin
// (through a blob when the page is elsewhere, as workers must be same-origin).
function engine() {
  if (shared) return shared;
  let worker = new URL(ENGINE_WORKER_URL, base).href;
  if (new URL(worker).origin !== location.origin) {
    worker = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(worker)});`], { type: 'text/javascript' }));
  }
  shared = new Engine(worker, new URL(WASM_URL, base).href, { limitMs: LIMITS.watchdog * 1000, lanes: 1 });
  return shared;
}

class CascadeLab extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = el('style', {}, css);
    this.source = this.getAttribute('src') ? '' : this.textContent.replace(/^\n/, '');
    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Scroll here to run the engine.');
    this.matrix = el('div', { class: 'matrix-wrap' });
    this.detail = el('div', { class: 'detail' });
    this.editorBox = el('div', { class: 'editor' });
    root.append(style, el('div', { class: 'frame', part: 'frame' }, this.editorBox, el('div', { class: 'results' }, this.status, this.matrix, this.detail)));
    if (this.hasAttribute('height')) this.style.setProperty('--editor-height', this.getAttribute('height'));
    if (this.getAttribute('src')) {
      const r = await fetch(new URL(this.getAttribute('src'), document.baseURI));
      this.source = r.ok ? await r.text() : `# could not load ${this.getAttribute('src')}: HTTP ${r.status}\n`;
    }
    fill(this.editorBox, el('pre', { class: 'static' }, this.source));
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        this.start();
      }
    }, { rootMargin: '200px' });
    seen.observe(this);
  }

  start() {
    const run = () => this.run();
    this.editor = createEditor(this.editorBox, {
      doc: this.source,
      root: this.shadowRoot,
      readonly: this.hasAttribute('readonly'),
      theme: this.getAttribute('theme') || '',
      label: 'SQLAlchemy models',
      onChange: (text) => {
        this.source = text;
        clearTimeout(this.timer);
        this.timer = setTimeout(run, 400);
      },
      onRun: () => { clearTimeout(this.timer); run(); },
    });
    this.editorBox.querySelector('pre.static')?.remove();
    this.run();
  }

  async run() {
    const id = (this.seq = (this.seq || 0) + 1);
    const { options, errors } = fromAttributes((name) => this.getAttribute(name));
    if (errors.length) {
      this.status.textContent = errors.join(' ');
      this.status.className = 'status error';
      return;
    }
    this.status.className = 'status';
    this.status.textContent = 'Running…';
    const source = this.source;
    try {
      const m = await engine().call('variants', { name: 'models.py', source, options });
      if (id !== this.seq) return;
      this.editor.show(source, m.diagnostics || []);
      if (m.error) {
        this.status.textContent = `${m.error.line ? `line ${m.error.line}:${m.error.col}: ` : ''}${m.error.class}: ${m.error.message}`;
        this.status.className = 'status error';
        this.matrix.classList.add('stale');
        return;
      }
      this.status.className = 'status';
      const what = describe(m);
      this.status.textContent = `${what[0].toUpperCase()}${what.slice(1)}: before → after per table.`;
      this.matrix.classList.remove('stale');
      this.m = m;
      // watch="table" keeps the matrix to the table the lesson is about
      const watch = this.getAttribute('watch');
      const shown = watch && m.tables.includes(watch) ? { ...m, tables: [watch] } : m;
      renderMatrix(this.matrix, shown, this.selected, (v) => this.open(v));
      if (this.selected) this.open(m.variants.find((v) => v.id === this.selected));
    } catch (err) {
      if (id !== this.seq) return;
      this.status.className = 'status error';
      this.status.textContent = err.timeout ? `Stopped after ${LIMITS.watchdog} s: the code may loop forever.` : `The engine failed: ${err.message}`;
    }
  }

  open(v) {
    if (!v) return;
    this.selected = v.id;
    for (const tr of this.matrix.querySelectorAll('tr.variant')) tr.classList.toggle('selected', tr.dataset.id === v.id);
    fill(this.detail, el('h4', {}, `${v.number}. ${v.title}`), el('p', {}, v.explain),
      v.diff ? renderDiff(v.diff) : null,
      el('h4', {}, 'SQL'), el('pre', {}, v.log || '(no statement)'));
  }
}

if (!customElements.get('cascade-lab')) customElements.define('cascade-lab', CascadeLab);

// on this site's own pages (the lessons), keep an offline copy too
if ('serviceWorker' in navigator && base.origin === location.origin) {
  navigator.serviceWorker.register(new URL('sw.js', base)).catch(() => { /* offline copy unavailable */ });
}

// embed.html#s=...: one widget filling the frame, from a share fragment.
if (document.body && document.body.dataset.embedFrame !== undefined) {
  decodeState(location.hash).then((s) => {
    const w = document.createElement('cascade-lab');
    w.textContent = s ? s.source : '# open embed.html with a #s=... fragment from the playground\n';
    // the shared settings, as the playground ran them
    if (s) for (const [k, v] of Object.entries(toAttributes(s.options || {}))) w.setAttribute(k, v);
    document.body.append(w);
  });
}
