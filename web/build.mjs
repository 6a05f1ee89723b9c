// Builds the playground into build/: the engine compiled to wasm, the page's
// and the worker's bundles (esbuild), and from cmd/sitegen (the same engine,
// natively) the lesson pages, the engine's limits and the default example's
// matrix pre-rendered; everything content-hashed and pre-compressed (brotli,
// gzip). Run from web/: node build.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { goWasmFlags } from './wasmflags.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const out = path.join(here, 'build');
const go = process.env.GO || 'go';

// The examples menu, in order; the first is the page's default.
const examples = [
  ['seed', 'The question: cascade on the child'],
  ['fix_parent', 'Answer: cascade on the parent'],
  ['fix_backref', 'Answer: cascade on the backref'],
  ['fix_database', 'Answer: ON DELETE CASCADE + passive_deletes'],
  ['seed_script', 'The question as a whole script'],
  ['blog_m2m', 'Many-to-many: posts and tags'],
  ['tree', 'Self-referential tree'],
  ['three_levels', 'Three levels: customer, orders, lines'],
  ['bulk_script', 'A script with a bulk delete'],
  ['automap', 'Automap an existing database'],
  ['schema', 'Paste your DDL (PostgreSQL, MySQL, SQLite)'],
  ['sqlmodel', 'SQLModel: cascade_delete and ondelete'],
  ['sa_cascades_ondelete', 'SQLAlchemy docs: ON DELETE CASCADE with passive_deletes'],
  ['sa_quickstart', 'SQLAlchemy docs: the ORM quickstart, deletes included'],
  ['notebook_demo', 'A notebook from a public repository: users and addresses'],
];

const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 10);

function emit(name, buf) {
  const ext = path.extname(name);
  const file = `${path.basename(name, ext)}.${hash(buf)}${ext}`;
  fs.writeFileSync(path.join(out, file), buf);
  return file;
}

// --keep-engine reuses the wasm already built (for work on the page only).
const keepEngine = process.argv.includes('--keep-engine');
const builtEngine = () => fs.existsSync(out) && fs.readdirSync(out).find((f) => /^engine\.[0-9a-f]+\.wasm$/.test(f));
const builtSQLite = () => fs.existsSync(out) && fs.readdirSync(out).find((f) => /^sqlite3\.[0-9a-f]+\.wasm$/.test(f));

function clean() {
  fs.mkdirSync(out, { recursive: true });
  const keep = keepEngine ? [builtEngine(), builtSQLite()].filter(Boolean) : [];
  for (const f of fs.readdirSync(out)) {
    if (f === '.keep' || keep.some((k) => f.startsWith(k))) continue;
    fs.rmSync(path.join(out, f), { recursive: true });
  }
}

function goEnv(name) {
  return execFileSync(go, ['env', name], { cwd: root }).toString().trim();
}

// The engine runs SQLite's own wasm (wasm/sqlite/sqlite3.wasm, go-sqlite3-wasm's
// C sources and configuration, the translation's own): it is built without
// the Go translation (tag sqlitejs: 1.35 MB less brotli) and the SQLite wasm
// ships beside it, which the engine's worker compiles in parallel and runs
// (web/src/sqlite.js); `make test-sqlitejs` checks that it answers as the
// translation does. SQLITE_JS=off builds the engine with the translation
// instead; SQLITE_JS=path takes another SQLite wasm.
const sqliteJS = process.env.SQLITE_JS === 'off' ? '' : path.resolve(root, process.env.SQLITE_JS || 'wasm/sqlite/sqlite3.wasm');
const tags = sqliteJS ? ['-tags', 'sqlitejs'] : [];

function wasm() {
  const tmp = path.join(os.tmpdir(), `cascadelab-${process.pid}.wasm`);
  execFileSync(go, ['build', '-trimpath', '-ldflags=-s -w', ...tags, ...goWasmFlags, '-o', tmp, './wasm/browser'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, GOOS: 'js', GOARCH: 'wasm' },
  });
  const buf = fs.readFileSync(tmp);
  fs.rmSync(tmp);
  return emit('engine.wasm', buf);
}

async function bundle(entry, define, plugins = []) {
  const r = await build({
    entryPoints: [path.join(here, 'src', entry)], bundle: true, minify: true, write: false,
    format: entry.endsWith('worker.js') || entry === 'sw.js' ? 'iife' : 'esm', target: 'es2022', define, plugins, legalComments: 'none',
    loader: { '.css': 'text' },
  });
  return r.outputFiles[0].contents;
}

// bundleSplit bundles the page's script as an entry and the chunks it imports
// when it needs them (the editor), each named by esbuild's content hash; it
// returns the entry's file and the chunks the entry imports at once (for
// modulepreload: otherwise each is one more request after the entry).
// Each file asks V8 to compile all its functions as it loads (the magic
// comment of its explicit compile hints): on a background thread as the
// file streams in, instead of on the main thread at each function's first
// call, which was most of making the editor's view (22-29 ms of CPU in one
// task; 13-16 with it).
async function bundleSplit(entry, define, plugins) {
  const r = await build({
    entryPoints: [path.join(here, 'src', entry)], bundle: true, minify: true, write: false, splitting: true, metafile: true,
    outdir: out, entryNames: '[name].[hash]', chunkNames: '[name].[hash]', banner: { js: '//# allFunctionsCalledOnLoad' },
    format: 'esm', target: 'es2022', define, plugins, legalComments: 'none',
  });
  for (const f of r.outputFiles) fs.writeFileSync(f.path, f.contents);
  const [file, meta] = Object.entries(r.metafile.outputs).find(([, o]) => o.entryPoint);
  return { file: path.basename(file), imports: meta.imports.filter((i) => i.kind === 'import-statement').map((i) => path.basename(i.path)) };
}

// examplesPlugin turns web/examples into the module ./examples.js.
const examplesPlugin = {
  name: 'examples',
  setup(b) {
    b.onResolve({ filter: /\/examples\.js$/ }, () => ({ path: 'examples', namespace: 'examples' }));
    b.onLoad({ filter: /.*/, namespace: 'examples' }, () => ({
      contents: 'export const examples = ' + JSON.stringify(examples.map(([id, title]) => ({
        id, title, source: fs.readFileSync(path.join(here, 'examples', `${id}.py`), 'utf8'),
      }))) + ';',
      loader: 'js',
    }));
  },
};

// sitegen checks the lessons and writes their pages, and gives the page's
// data: the engine's limits and the default example's matrix, pre-rendered.
function sitegen(style) {
  const json = execFileSync(go, ['run', './cmd/sitegen', '--lessons', 'lessons', '--out', path.join(out, 'lessons'),
    '--embed', 'embed.js', '--style', style, '--example', path.join(here, 'examples', `${examples[0][0]}.py`)],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(json);
}

function files(dir = out, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name), prefix + d.name + '/') : [prefix + d.name]);
}

function compress() {
  for (const f of files()) {
    if (!/\.(wasm|js|css|html|json|svg)$/.test(f)) continue;
    const buf = fs.readFileSync(path.join(out, f));
    if (buf.length < 1024) continue;
    fs.writeFileSync(path.join(out, f + '.br'), zlib.brotliCompressSync(buf, {
      // the largest standard window (16 MB): 0.7 % off the engine wasm
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }));
    fs.writeFileSync(path.join(out, f + '.gz'), zlib.gzipSync(buf, { level: 9 }));
  }
}

clean();
const wasmFile = (keepEngine && builtEngine()) || wasm();
const sqliteFile = sqliteJS ? (keepEngine && builtSQLite()) || emit('sqlite3.wasm', fs.readFileSync(sqliteJS)) : '';
const cssFile = emit('style.css', fs.readFileSync(path.join(here, 'src', 'style.css')));
// the lessons, each block checked by the engine: a block that does not hold fails the build
const page = sitegen(cssFile);
const execJS = fs.readFileSync(path.join(goEnv('GOROOT'), 'lib', 'wasm', 'wasm_exec.js'));
const workerJS = await bundle('engine-worker.js', { SQLITE_URL: JSON.stringify(sqliteFile) });
const workerFile = emit('engine-worker.js', Buffer.concat([execJS, Buffer.from('\n'), Buffer.from(workerJS)]));
// the page and the widget take the engine's limits from the engine, at build time
const define = { ENGINE_WORKER_URL: JSON.stringify(workerFile), WASM_URL: JSON.stringify(wasmFile), LIMITS: JSON.stringify(page.limits) };
const { file: appFile, imports: appImports } = await bundleSplit('app.js', define, [examplesPlugin]);
// the widget keeps a stable name: other sites link to it
fs.writeFileSync(path.join(out, 'embed.js'), await bundle('embed.js', define));
fs.writeFileSync(path.join(out, 'embed.html'), fs.readFileSync(path.join(here, 'src', 'embed.html'), 'utf8').replaceAll('{{style}}', cssFile));
const pre = JSON.stringify(page.prerendered).replace(/</g, '\\u003c');
const html = fs.readFileSync(path.join(here, 'src', 'index.html'), 'utf8')
  .replaceAll('{{style}}', cssFile).replaceAll('{{app}}', appFile).replaceAll('{{wasm}}', wasmFile)
  .replace('{{preload}}', () => appImports.map((f) => `<link rel="modulepreload" href="${f}">`).join('\n'))
  .replace('{{prerendered}}', () => pre);
fs.writeFileSync(path.join(out, 'index.html'), html);
fs.copyFileSync(path.join(here, 'src', 'favicon.svg'), path.join(out, 'favicon.svg'));
// the service worker lists every file; paths are relative to it (the site root)
const site = files().filter((f) => f !== '.keep' && !f.endsWith('.br') && !f.endsWith('.gz'));
const swJS = await bundle('sw.js', { FILES: JSON.stringify(['./', ...site.map((f) => './' + f)]), VERSION: JSON.stringify(hash(Buffer.from(site.join('\n')))) });
fs.writeFileSync(path.join(out, 'sw.js'), swJS);
compress();
// Workers static assets upload the directory: not the pre-compressed copies (the edge compresses)
fs.writeFileSync(path.join(out, '.assetsignore'), '*.br\n*.gz\n.keep\n.assetsignore\n');
for (const f of files().filter((f) => !f.startsWith('lessons/')).sort()) console.log(`${String(fs.statSync(path.join(out, f)).size).padStart(10)}  ${f}`);
