// One description of a run for the page, the widget, the frame form and
// share links: the text and the engine's options (engine.VariantOptions as
// JSON: children, depth, delete, foreignKeys, variants). A widget's
// attributes are a lesson block's, which the build checks with the engine
// (web/lesson): variants, children, depth, delete, fk="on". Defaults and
// bounds are the engine's (LIMITS, engine.Bounds put in by the build).
/* global LIMITS */

export const defaults = Object.freeze({ children: LIMITS.children.default, depth: LIMITS.depth.default, delete: '', foreignKeys: false });

const names = { children: 'Children per relationship', depth: 'Depth' };

// bounded reads a number field's text: {value} inside the engine's bounds,
// else {error} saying what is allowed.
export function bounded(field, text) {
  const { min, max } = LIMITS[field];
  const n = Number(text);
  if (String(text).trim() !== '' && Number.isInteger(n) && n >= min && n <= max) return { value: n };
  return { error: `${names[field]} must be a whole number from ${min} to ${max}, not "${text}".` };
}

// normalize fills in the defaults, in one key order, so that two runs'
// options compare as JSON.
export function normalize(o = {}) {
  const out = {};
  for (const k of Object.keys(defaults)) out[k] = o[k] ?? defaults[k];
  out.foreignKeys = !!out.foreignKeys;
  if (o.variants && o.variants.length) out.variants = [...o.variants];
  return out;
}

export const sameOptions = (a, b) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

// fromAttributes reads a widget's options from its attributes (get(name)
// returns the attribute or null); values out of bounds are errors.
export function fromAttributes(get) {
  const options = { ...defaults };
  const errors = [];
  const variants = (get('variants') || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (variants.length) options.variants = variants;
  for (const k of ['children', 'depth']) {
    if (get(k) === null) continue;
    const r = bounded(k, get(k));
    if (r.error) errors.push(r.error);
    else options[k] = r.value;
  }
  options.delete = get('delete') || '';
  options.foreignKeys = get('fk') === 'on';
  return { options, errors };
}

// toAttributes is the other way: the attributes that give a widget options.
export function toAttributes(o) {
  const n = normalize(o);
  const out = { children: String(n.children), depth: String(n.depth) };
  if (n.delete) out.delete = n.delete;
  if (n.foreignKeys) out.fk = 'on';
  if (n.variants) out.variants = n.variants.join(',');
  return out;
}

// describe says which run a matrix is, from the options the engine echoes
// in it: the words over the numbers always name the numbers' settings.
export function describe(m) {
  const o = m.options;
  const fk = `foreign keys ${o.foreignKeys ? 'on' : 'off'}`;
  if (m.input === 'script') return `your script deletes ${m.target}, ${fk}`;
  return `deleting ${m.target}, two roots, ${o.children} children per relationship, ${o.depth} levels, ${fk}`;
}
