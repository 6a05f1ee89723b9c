// The engine wasm's size budget (a test, run by `make test` after `make web`):
// fails when the brotli file the site serves is above BUDGET, or when a
// package that must stay out of the browser engine (regexp) is linked in;
// prints the packages whose code weighs most either way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { goWasmFlags } from '../wasmflags.mjs';

// Bytes, brotli, of build/engine.*.wasm.br. The goal is 3.0 MB; the engine is
// above it, so this holds the line where it is with a small margin, and is to
// be lowered as the goal gets closer: 3.51 MB in the morning of 2026-11-30,
// 3.87 MB by its evening (big integers, bytes, sets in CPython's order,
// generators, the standard library modules, reflection, automap, DDL input,
// SQLModel and the catalog of the real libraries' names), 4.27 MB at the end
// of its second session (mapped class inheritance, aliased and the loader
// options, dataclasses and MappedAsDataclass, builtin subclasses,
// collections, enum, json, random, uuid, copy, logging, datetime, pprint and
// the keyword table of every builtin; interp is 2.8 MB of raw code). The
// translated SQLite without its bounds checks (web/wasmflags.mjs) took
// 0.66 MB off the same code (4.27 -> 3.61 MB); with the decimal module and
// the session's events landed beside it, 3.76 MB; 3.90 MB with the fourth
// session's subqueries, events and Python. The engine's own packages
// without inlining (web/wasmflags.mjs) and brotli's largest window took it
// to 3.58 MB. The budget keeps 0.12 MB for what lands next. It was 3.69 MB
// at the start of the eighth session (2026-11-30, 18:10 UTC) with 6 KB left;
// the budget was raised to 3.80 MB (+3 %) for that session's Python modules
// (re, argparse, csv, pathlib, statistics, fractions, ...) while the cuts
// being measured land, each of which lowers it again. The standard library
// without inlining but for its internals (web/wasmflags.mjs) took 0.069 MB
// off (3.69 -> 3.63 MB with main of 19:30); the budget is that and 0.15 MB
// for the session's Python modules still landing. With them (csv, pathlib,
// calendar, hmac, metaclasses, ExceptionGroup, libm, big ranges, ...) and
// the re module (its own backtracking matcher, no Go regexp), 3.79 MB at
// 20:16 (+2.7 % over the session's start, inside issue 12's 5 %); the
// budget keeps 0.04 MB over that. The goal, 3.0 MB, is 0.79 MB away.
// Ninth session (21:10 UTC): 3.79 MB; the budget is raised to 3.87 MB for
// the modules still missing from issue 12 (argparse, statistics, fractions,
// complex numbers, bytearray), while SQLite's own wasm on the browser's
// engine, outside the Go binary (0.88 MB of it), is being measured.
// At 22:35 argparse, fractions and statistics made it 3.88 MB (+40 KB for
// the last two); the budget is 3.92 MB so that complex numbers (+7 KB) and
// the session's other work can land. Measured since: SQLite is 1.37 MB of
// the engine wasm, and the same SQLite compiled from C is 0.25-0.27 MB
// (docs/performance.md): that, not trimming Go, is the way to 3.0 MB.
// At 23:15 bytearray and logging's classes (+12 KB) made it 3.93 MB: the
// budget is 3.935 MB, 3.8 % over the session's start (3.79 MB).
const BUDGET = 3_990_000;
// Built with SQLITE_JS (web/build.mjs), the engine leaves SQLite's
// translation out and SQLite's own wasm is served beside it: each has its
// budget. Measured on 2026-12-01 (00:05 UTC): the engine 2.573 MB, SQLite
// (helper jsdb2's build of go-sqlite3-wasm's C configuration, wasm-opt -Oz)
// 0.249 MB. At 00:50 the budgets went up for the session's fidelity work:
// the engine 2.68 MB and SQLite 0.28 MB keep what a cold open fetches
// under issue 15's 3.0 MB goal (2.96 MB at most); the translation build
// (SQLITE_JS=off, not served) 3.99 MB.
const BUDGET_JS = 2_680_000, SQLITE_BUDGET = 280_000;
const FORBIDDEN = ['regexp', 'regexp_syntax']; // as the name section spells packages

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..', '..');
const build = path.join(here, '..', 'build');
const go = process.env.GO || 'go';

const served = fs.readdirSync(build).filter((f) => /^engine\.[0-9a-f]+\.wasm\.br$/.test(f));
if (served.length !== 1) {
  console.error(`size: expected one build/engine.*.wasm.br, found ${served.length}: run make web first`);
  process.exit(1);
}
const brotli = fs.statSync(path.join(build, served[0])).size;
const sqlite = fs.readdirSync(build).filter((f) => /^sqlite3\.[0-9a-f]+\.wasm\.br$/.test(f));
const sqliteBrotli = sqlite.length === 1 ? fs.statSync(path.join(build, sqlite[0])).size : 0;
const budget = sqliteBrotli ? BUDGET_JS : BUDGET;

// The same engine with its function names (the served one is stripped):
// each function body's size, summed by package.
const tmp = path.join(os.tmpdir(), `cascadelab-size-${process.pid}.wasm`);
execFileSync(go, ['build', '-trimpath', ...(sqliteBrotli ? ['-tags', 'sqlitejs'] : []), ...goWasmFlags, '-o', tmp, './wasm/browser'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, GOOS: 'js', GOARCH: 'wasm' },
});
const wasm = fs.readFileSync(tmp);
fs.unlinkSync(tmp);

function leb(buf, at) {
  let v = 0, shift = 0, b;
  do { b = buf[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [v, at];
}

// sections: function bodies (10), imports (2, imported functions come first
// in the index space) and the "name" custom section's function names
let bodies = [], imported = 0, names = new Map();
for (let at = 8; at < wasm.length;) {
  const id = wasm[at++];
  let size; [size, at] = leb(wasm, at);
  const end = at + size;
  if (id === 2) {
    let n, p; [n, p] = leb(wasm, at);
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < 2; s++) { let l; [l, p] = leb(wasm, p); p += l; } // module, field
      const kind = wasm[p++];
      if (kind === 0) { imported++; [, p] = leb(wasm, p); } else if (kind === 1) { p += 1; let f; [f, p] = leb(wasm, p); [, p] = leb(wasm, p); if (f & 1) [, p] = leb(wasm, p); } else if (kind === 2) { let f; [f, p] = leb(wasm, p); [, p] = leb(wasm, p); if (f & 1) [, p] = leb(wasm, p); } else { p += 2; }
    }
  } else if (id === 10) {
    let n, p; [n, p] = leb(wasm, at);
    for (let i = 0; i < n; i++) { let l; [l, p] = leb(wasm, p); bodies.push(l); p += l; }
  } else if (id === 0) {
    let l, p; [l, p] = leb(wasm, at);
    if (wasm.subarray(p, p + l).toString() === 'name') {
      p += l;
      while (p < end) {
        const sub = wasm[p++]; let len; [len, p] = leb(wasm, p);
        if (sub === 1) {
          let n, q; [n, q] = leb(wasm, p);
          for (let i = 0; i < n; i++) { let idx, nl; [idx, q] = leb(wasm, q); [nl, q] = leb(wasm, q); names.set(idx, wasm.subarray(q, q + nl).toString()); q += nl; }
        }
        p += len;
      }
    }
  }
  at = end;
}
if (!bodies.length || !names.size) {
  console.error('size: the wasm has no function bodies or no names; this script no longer reads Go\'s wasm');
  process.exit(1);
}

// a symbol's package, as the name section spells it ("/" and "-" are "_"):
// up to the first dot, or past a host name's dots up to the next one
// (github.com_ncruces_go_sqlite3_wasm_v6.__Module_._sqlite3Select)
const pkgOf = (sym) => {
  const under = sym.indexOf('_'), dot = sym.indexOf('.');
  const end = dot >= 0 && under >= 0 && dot < under ? sym.indexOf('.', under) : dot;
  return end < 0 ? sym : sym.slice(0, end);
};
const byPkg = new Map();
let code = 0;
bodies.forEach((len, i) => {
  const pkg = pkgOf(names.get(imported + i) || '?');
  byPkg.set(pkg, (byPkg.get(pkg) || 0) + len);
  code += len;
});
const top = [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 12);
const mb = (n) => (n / 1e6).toFixed(2) + ' MB';
if (sqliteBrotli) console.log(`SQLite wasm: ${mb(sqliteBrotli)} brotli (budget ${mb(SQLITE_BUDGET)})`);
console.log(`engine wasm: ${mb(brotli)} brotli (budget ${mb(budget)}, goal 3.00 MB), ${mb(wasm.length)} raw with names, ${mb(code)} of code; the heaviest packages (raw code):`);
for (const [pkg, n] of top) console.log(`  ${mb(n).padStart(8)}  ${(100 * n / code).toFixed(1).padStart(4)}%  ${pkg}`);

let failed = false;
const linked = FORBIDDEN.filter((p) => byPkg.has(p));
if (linked.length) {
  console.error(`size: ${linked.join(', ')} linked into the engine wasm: find who imports it with go list -deps and drop it`);
  failed = true;
}
if (brotli > budget) {
  console.error(`size: the engine wasm is ${mb(brotli)} brotli, above the budget of ${mb(budget)}: the packages above are where to cut`);
  failed = true;
}
if (sqliteBrotli > SQLITE_BUDGET) {
  console.error(`size: the SQLite wasm is ${mb(sqliteBrotli)} brotli, above the budget of ${mb(SQLITE_BUDGET)}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
