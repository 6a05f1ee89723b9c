// Rendering of the variants JSON (docs/variants.md). Only text nodes carry
// user data: nothing here parses HTML.

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// fill replaces root's children; arrays are flattened, nulls skipped.
export function fill(root, ...children) {
  root.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

const svgNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function cellNote(v, table) {
  const parts = [];
  if (v.deleted[table]) parts.push(`${v.deleted[table]} deleted`);
  if (v.orphaned[table]) parts.push(`${v.orphaned[table]} orphaned`);
  if (v.dangling[table]) parts.push(`${v.dangling[table]} dangling`);
  return parts.join(', ');
}

// role marks the user's own row and the variants the engine says fix it.
function role(v) {
  if (v.id === 'as-written') return 'yours';
  return v.fixes ? 'fixes' : '';
}

// renderMatrix draws the table of variants; onOpen(variant) opens a row.
export function renderMatrix(root, m, selected, onOpen) {
  const head = el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, 'Variant'),
    m.tables.map((t) => el('th', { scope: 'col', class: 'num' }, t)), el('th', { scope: 'col' }, 'Verdict'));
  const rows = m.variants.map((v) => {
    const open = () => onOpen(v);
    const r = role(v);
    return el('tr', {
      class: `variant outcome-${v.outcome}${r ? ` ${r}` : ''}${v.id === selected ? ' selected' : ''}`,
      tabindex: '0', 'data-id': v.id, 'aria-selected': v.id === selected ? 'true' : 'false',
      onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
    },
    el('td', { class: 'num' }, v.number),
    el('th', { scope: 'row' }, v.title, r ? el('span', { class: `tag ${r}` }, r === 'yours' ? 'your code' : 'fix') : null),
    m.tables.map((t) => {
      const c = v.counts[t] || { before: 0, after: 0 };
      const note = cellNote(v, t);
      // what happened to the table is the engine's word (effect)
      return el('td', { class: `num cell ${c.effect || 'same'}`, 'data-table': t, title: note || 'unchanged' },
        `${c.before} → ${c.after}`, note ? el('span', { class: 'note' }, note) : null);
    }),
    el('td', { class: 'verdict' }, v.verdict));
  });
  fill(root, el('table', { class: 'matrix', 'aria-label': 'Rows before and after, per variant' },
    el('thead', {}, head), el('tbody', {}, rows)));
}

// renderDiff shows the engine's hunks of the models' change (diff -u's).
export function renderDiff(hunks) {
  if (!hunks) return el('p', { class: 'muted' }, 'Your models, unchanged.');
  const ops = { '+': 'add', '-': 'del', ' ': '' };
  return el('pre', { class: 'diff', tabindex: '0' }, hunks.map((h) => [
    el('span', { class: 'hunk' }, `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n`),
    h.lines.map((l) => el('span', { class: ops[l.op] }, `${l.op}${l.text}\n`)),
  ]));
}

function valueText(v) {
  if (v === null) return 'NULL';
  if (typeof v === 'object' && v.blob !== undefined) return `x'${v.blob}'`;
  return String(v);
}

function renderRows(name, t) {
  return el('figure', { class: 'rows' }, el('figcaption', {}, name),
    el('table', { class: 'rowtable' },
      el('thead', {}, el('tr', {}, t.columns.map((c) => el('th', { scope: 'col' }, c)), el('th', { scope: 'col' }, 'after the delete'))),
      el('tbody', {}, t.rows.map((r) => el('tr', { class: `row-${r.status}` },
        t.columns.map((_, i) => {
          const before = r.before ? r.before[i] : undefined;
          const after = r.after ? r.after[i] : undefined;
          const changed = r.before && r.after && valueText(before) !== valueText(after);
          return el('td', {}, r.before ? valueText(before) : '', changed ? el('span', { class: 'became' }, ` → ${valueText(after)}`) : null);
        }),
        el('td', { class: 'status' }, r.status))))));
}

// renderPrinted shows what the as-written run printed, beside the matrix.
export function renderPrinted(root, m) {
  const v = m.variants.find((x) => x.id === 'as-written');
  fill(root, v && v.stdout ? [el('h2', { class: 'printed-title' }, 'What your code printed'), el('pre', { class: 'stdout', tabindex: '0' }, v.stdout)] : null);
}

// renderDetail shows one variant: what changed, the SQL, the rows.
export function renderDetail(root, m, v, { onCopy }) {
  fill(root,
    el('h2', { id: 'detail-title', tabindex: '-1' }, `${v.number}. ${v.title}`),
    el('p', {}, v.explain),
    el('p', { class: `verdict outcome-${v.outcome}` }, v.verdict),
    v.error ? el('p', { class: 'error' }, `${v.error.class}: ${v.error.message.split('\n')[0]}`) : null,
    el('p', { class: 'muted' }, `Deleted with ${v.operation}; SQLite foreign keys ${v.foreignKeys ? 'enforced (PRAGMA foreign_keys=ON)' : 'not enforced'}.`),
    el('div', { class: 'actions' }, el('button', { type: 'button', onclick: () => onCopy(v) }, 'Copy runnable script')),
    el('h3', {}, 'Model change'), renderDiff(v.diff),
    el('h3', {}, 'SQL of the delete, as echo=True prints it'),
    el('pre', { class: 'sql', tabindex: '0' }, v.log || '(no statement)'),
    v.stdout ? [el('h3', {}, 'What the script printed'), el('pre', { class: 'stdout' }, v.stdout)] : null,
    el('h3', {}, 'Rows before and after'),
    el('div', { class: 'rowsets' }, m.tables.filter((t) => v.rows[t]).map((t) => renderRows(t, v.rows[t]))),
  );
}

// renderDiagram draws the classes as boxes in levels from the roots down,
// with an arrow from each foreign key's table to the table it references,
// marked where a delete cascades (ORM or database).
export function renderDiagram(root, model) {
  root.replaceChildren();
  if (!model || !model.classes.length) return;
  const classes = model.classes;
  const byName = new Map(classes.map((c) => [c.name, c]));
  const level = new Map();
  const parentsOf = (c) => c.relationships.filter((r) => r.direction === 'many-to-one' && r.target !== c.name).map((r) => r.target);
  const depth = (c, seen = new Set()) => {
    if (level.has(c.name)) return level.get(c.name);
    if (seen.has(c.name)) return 0;
    seen.add(c.name);
    const ps = parentsOf(c).map((p) => byName.get(p)).filter(Boolean);
    const d = ps.length ? 1 + Math.max(...ps.map((p) => depth(p, seen))) : 0;
    level.set(c.name, d);
    return d;
  };
  classes.forEach((c) => depth(c));
  const rows = [];
  classes.forEach((c) => { (rows[level.get(c.name)] ||= []).push(c); });
  const W = 150, H = 44, GX = 30, GY = 56;
  const width = Math.max(...rows.map((r) => r.length)) * (W + GX) + GX;
  const height = rows.length * (H + GY) + GY / 2;
  const pos = new Map();
  rows.forEach((r, y) => r.forEach((c, x) => pos.set(c.name, { x: GX + x * (W + GX) + ((width - GX) - r.length * (W + GX)) / 2, y: GY / 2 + y * (H + GY) })));
  const g = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'Tables and relationships' });
  g.append(svg('defs', {}), svg('title', {}, 'Tables and relationships; arrows point from child to parent, red ones cascade deletes'));
  g.firstChild.append(
    Object.assign(svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }), {}),
  );
  g.firstChild.firstChild.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
  for (const c of classes) {
    for (const r of c.relationships) {
      if (r.direction === 'many-to-one') continue; // drawn from the one-to-many side, or below
      const to = pos.get(r.target), from = pos.get(c.name);
      if (!to || !from) continue;
      const cascades = r.deleteCascades;
      const self = r.target === c.name;
      const upward = r.wrongSideBack; // the engine's: the target's many-to-one that deletes this side
      const path = self
        ? `M ${from.x + W} ${from.y + 12} C ${from.x + W + 40} ${from.y - 10}, ${from.x + W + 40} ${from.y + H + 10}, ${from.x + W} ${from.y + H - 12}`
        : `M ${to.x + W / 2} ${to.y} L ${from.x + W / 2} ${from.y + H}`;
      let label = r.direction === 'many-to-many' ? `${r.key} (via ${r.secondary})` : `${r.key}${cascades ? ': delete cascades' : ''}`;
      if (upward) label += ` · ${r.target}.${upward} deletes its ${c.name} (wrong side)`;
      g.append(svg('path', { d: path, class: `edge ${cascades ? 'cascade' : ''} ${upward ? 'wrong' : ''}`, 'marker-end': 'url(#arrow)' }));
      const lx = self ? from.x + W + 44 : (to.x + from.x + W) / 2;
      const ly = self ? from.y + H / 2 : (to.y + from.y + H) / 2;
      g.append(svg('text', { x: lx, y: ly, class: `edge-label ${cascades ? 'cascade' : ''}` }, label));
    }
    // many-to-ones without a collection on the other side still get an arrow
    for (const r of c.relationships) {
      if (r.direction !== 'many-to-one') continue;
      const target = byName.get(r.target);
      if (!target || target.relationships.some((t) => t.target === c.name && t.direction !== 'many-to-one')) continue;
      const to = pos.get(c.name), from = pos.get(r.target);
      if (!to || !from) continue;
      g.append(svg('path', { d: `M ${to.x + W / 2} ${to.y} L ${from.x + W / 2} ${from.y + H}`, class: `edge ${r.wrongSide ? 'cascade wrong' : ''}`, 'marker-start': 'url(#arrow)' }));
    }
  }
  for (const c of classes) {
    const p = pos.get(c.name);
    const box = svg('g', { class: 'box', transform: `translate(${p.x} ${p.y})` });
    box.append(svg('rect', { width: W, height: H, rx: 6 }),
      svg('text', { x: W / 2, y: 18, class: 'cls' }, c.name),
      svg('text', { x: W / 2, y: 35, class: 'tbl' }, c.table));
    g.append(box);
  }
  root.append(g);
  fit(g, width, height);
}

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// fit moves edge labels that overlap others down, then grows the drawing
// to all it holds: labels can be measured only once they are laid out.
function fit(g, width, height) {
  if (!g.getBBox().width) return; // not laid out (hidden): the plain layout stays
  const placed = [];
  for (const t of g.querySelectorAll('text.edge-label')) {
    let b = t.getBBox();
    while (placed.some((p) => overlaps(p, b))) {
      t.setAttribute('y', Number(t.getAttribute('y')) + b.height);
      b = t.getBBox();
    }
    placed.push(b);
  }
  const b = g.getBBox();
  const pad = 6;
  const x = Math.min(0, Math.floor(b.x - pad)), y = Math.min(0, Math.floor(b.y - pad));
  const w = Math.max(width, Math.ceil(b.x + b.width + pad)) - x, h = Math.max(height, Math.ceil(b.y + b.height + pad)) - y;
  for (const [k, v] of [['viewBox', `${x} ${y} ${w} ${h}`], ['width', w], ['height', h]]) g.setAttribute(k, v);
}
