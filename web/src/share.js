// The playground's state in the URL fragment, deflated and base64url
// encoded, so that a link needs no server: #s=...

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
    return typeof state.source === 'string' ? state : null;
  } catch {
    return null;
  }
}
