// The playground's state in the URL fragment, deflated and base64url
// encoded, so that a link needs no server: #s=... The state may carry the
// engine's matrix for it, its table only, which the page paints before its
// own engine is ready.

async function pump(stream, bytes) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s) {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

// tableOnly is the part of the engine's matrix m that a link carries: what
// the table, the status line, the delete menu and the diagram draw (about
// 1.5 KB in a link); the variants' model changes, SQL and rows come with
// the live engine. Fields are picked, nothing is computed.
export function tableOnly(m) {
  const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  return {
    ...pick(m, ['input', 'options', 'model', 'tables', 'target', 'variantIds']),
    variants: m.variants.map((v) => pick(v, ['id', 'number', 'title', 'counts', 'deleted', 'orphaned', 'dangling', 'outcome', 'verdict', 'fixes', 'error'])),
  };
}

export async function encodeState(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  return 's=' + toBase64url(await pump(new CompressionStream('deflate-raw'), bytes));
}

// decodeState returns the state in a fragment, or null when it has none
// or it does not decode.
export async function decodeState(hash) {
  const m = /(?:^#?|&)s=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m) return null;
  try {
    const bytes = await pump(new DecompressionStream('deflate-raw'), fromBase64url(m[1]));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof state.source !== 'string') return null;
    const t = state.matrix;
    if (t && !(Array.isArray(t.variants) && Array.isArray(t.tables) && t.options)) delete state.matrix;
    return state;
  } catch {
    return null;
  }
}
