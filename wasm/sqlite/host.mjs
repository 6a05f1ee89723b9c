// A host for go-sqlite3-wasm's C sources compiled to wasm (its build/ with
// clang, as the translation the engine links was compiled before wasm2go
// turned it into Go), for in-memory databases, and the node half of the
// differential against the translation (diff/main.go is the other half):
//
//   node wasm/sqlite/host.mjs sqlite3.wasm < cases.json
//
// The module imports its memory, a few libc functions (string scans and
// libm, which the translation gets from Go's bytes and math packages) and
// go-sqlite3's host functions (go_*: the VFS, clock, randomness, progress
// handler), given by web/src/sqlite.js as the page's engine worker gives
// them, but for libm, which is JavaScript's Math here (the engine's driver
// asks Go's math): it differs from Go's in the last bit of some results,
// and the differential shows where.
import { readFileSync } from 'node:fs';
import { instantiate } from '../../web/src/sqlite.js';

export function load(bytes) {
  return instantiate(new WebAssembly.Module(bytes), {
    libm: (name, x, y) => (name === 'fmod' ? x % y : Math[name](x, y)),
    localtime: (t) => {
      const d = new Date(t * 1000);
      const yday = Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()) - new Date(d.getFullYear(), 0, 1)) / 864e5);
      return [d.getSeconds(), d.getMinutes(), d.getHours(), d.getDate(), d.getMonth(), d.getFullYear() - 1900, d.getDay(), yday, 0,
        -d.getTimezoneOffset() * 60, 0];
    },
    progress: () => 0,
  });
}

// run runs cases as diff/main.go does (go-sqlite3's open flags, store's
// PRAGMAs, its progress handler every 1000 instructions; not the drivers'
// settings at open, which make test-sqlitejs compares), calling out with
// one result per statement.
export function run({ x, u8, dv, cstr }, cases, out) {
  const utf8 = new TextEncoder(), text = (p) => new TextDecoder().decode(cstr(p));
  const cString = (s) => { const b = utf8.encode(s), p = x.sqlite3_malloc64(BigInt(b.length + 1)); u8().set(b, p); u8()[p + b.length] = 0; return [p, b.length]; };
  const hex = (b) => Buffer.from(b).toString('hex');
  cases.forEach((sqls, ci) => {
    const pp = x.sqlite3_malloc64(8n), [name] = cString(':memory:');
    // READWRITE | CREATE | URI | EXRESCODE
    if (x.sqlite3_open_v2(name, pp, 0x02 | 0x04 | 0x40 | 0x02000000, 0)) throw new Error('cannot open a database');
    const db = dv().getInt32(pp, true);
    x.sqlite3_progress_handler_go(db, 1000);
    const [pragmas] = cString('PRAGMA foreign_keys=OFF; PRAGMA hard_heap_limit=67108864');
    if (x.sqlite3_exec(db, pragmas, 0, 0, 0)) throw new Error('PRAGMA failed');
    const fail = (r, rc) => {
      r.Code = rc;
      const msg = text(x.sqlite3_errmsg(db));
      if (msg !== text(x.sqlite3_errstr(rc)) && msg !== 'not an error') r.Msg = msg;
    };
    let n = 0;
    for (const sql of sqls) {
      const [z, len] = cString(sql), end = z + len;
      for (let cur = z; cur < end;) {
        const r = { Case: ci, Stmt: n++, SQL: new TextDecoder().decode(u8().subarray(cur, end)) };
        let rc = x.sqlite3_prepare_v3(db, cur, end - cur + 1, 0, pp, pp + 4);
        const st = dv().getInt32(pp, true);
        cur = dv().getInt32(pp + 4, true);
        if (rc) { fail(r, rc); r.Changes = r.Rowid = 0; out(r); break; }
        if (!st) { n--; continue; }
        const nc = x.sqlite3_column_count(st), rows = [];
        if (nc) r.Cols = [...Array(nc)].map((_, i) => text(x.sqlite3_column_name(st, i)));
        while ((rc = x.sqlite3_step(st)) === 100) {
          rows.push([...Array(nc)].map((_, i) => {
            switch (x.sqlite3_column_type(st, i)) {
              case 1: return 'i:' + x.sqlite3_column_int64(st, i);
              case 2: { const f = new DataView(new ArrayBuffer(8)); f.setFloat64(0, x.sqlite3_column_double(st, i)); return 'f:' + hex(new Uint8Array(f.buffer)); }
              case 3: { const p = x.sqlite3_column_text(st, i); return 't:' + hex(u8().subarray(p, p + x.sqlite3_column_bytes(st, i))); }
              case 4: { const p = x.sqlite3_column_blob(st, i); return 'b:' + hex(u8().subarray(p, p + x.sqlite3_column_bytes(st, i))); }
            }
            return 'n';
          }));
        }
        if (rows.length) r.Rows = rows;
        if (rc !== 101) fail(r, rc);
        const steps = x.sqlite3_stmt_status(st, 4, 0); // SQLITE_STMTSTATUS_VM_STEP
        if (steps) r.Steps = steps;
        x.sqlite3_finalize(st);
        r.Changes = x.sqlite3_changes64(db);
        r.Rowid = x.sqlite3_last_insert_rowid(db);
        out(r);
        if (rc !== 101) break;
      }
      x.sqlite3_free(z);
    }
    for (const p of [pp, name, pragmas]) x.sqlite3_free(p);
    x.sqlite3_close(db);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sq = load(readFileSync(process.argv[2]));
  // 64-bit integers (changes, rowids) printed as JSON numbers, as Go prints them.
  const line = (r) => JSON.stringify(r, (k, v) => (typeof v === 'bigint' ? `#${v}#` : v)).replace(/"#(-?\d+)#"/g, '$1');
  run(sq, JSON.parse(readFileSync(0, 'utf8')), (r) => process.stdout.write(line(r) + '\n'));
}
