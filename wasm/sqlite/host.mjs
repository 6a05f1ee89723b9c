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
// handler). Temporary files live in JavaScript arrays; an import that an
// in-memory database never calls throws. libm here is JavaScript's Math,
// which differs from Go's math in the last bit of some results: the
// differential shows where.
import { readFileSync } from 'node:fs';

export function load(bytes) {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 65536 });
  const u8 = () => new Uint8Array(memory.buffer);
  const dv = () => new DataView(memory.buffer);
  const cstr = (p) => { const b = u8(); let e = p; while (b[e]) e++; return b.subarray(p, e); };
  const cmp = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return Math.sign(a.length - b.length);
  };
  const scan = (s, set, inSet) => { const b = cstr(s); let i = 0; while (i < b.length && set.has(b[i]) === inSet) i++; return i; };
  const files = new Map();
  let nextFile = 1;
  const file = (f) => dv().getInt32(f + 4, true); // struct go_file's handle, after sqlite3_file's methods
  const env = {
    memory,
    strlen: (s) => cstr(s).length,
    strchrnul: (s, c) => { const b = u8(); c &= 255; let i = s; while (b[i] && b[i] !== c) i++; return i; },
    strchr: (s, c) => { const b = u8(); c &= 255; let i = s; while (b[i] && b[i] !== c) i++; return b[i] === c ? i : 0; },
    strrchr: (s, c) => { const b = u8(); c &= 255; let r = 0, i = s; for (; b[i]; i++) if (b[i] === c) r = i; return c ? r : i; },
    strcmp: (a, b) => cmp(cstr(a), cstr(b)),
    strncmp: (a, b, n) => cmp(cstr(a).subarray(0, n >>> 0), cstr(b).subarray(0, n >>> 0)),
    memcmp: (a, b, n) => cmp(u8().subarray(a, a + n), u8().subarray(b, b + n)),
    memchr: (s, c, n) => { const i = u8().subarray(s, s + n).indexOf(c & 255); return i < 0 ? 0 : s + i; },
    strspn: (s, a) => scan(s, new Set(cstr(a)), true),
    strcspn: (s, r) => scan(s, new Set(cstr(r)), false),
    log: Math.log, log10: Math.log10, log2: Math.log2, exp: Math.exp, pow: Math.pow, fmod: (x, y) => x % y,
    acos: Math.acos, asin: Math.asin, atan: Math.atan, atan2: Math.atan2, cos: Math.cos, sin: Math.sin, tan: Math.tan,
    cosh: Math.cosh, sinh: Math.sinh, tanh: Math.tanh, acosh: Math.acosh, asinh: Math.asinh, atanh: Math.atanh,
    localtime_r: (timer, tm) => {
      const d = new Date(Number(dv().getBigInt64(timer, true)) * 1000);
      const yday = Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()) - new Date(d.getFullYear(), 0, 1)) / 864e5);
      [d.getSeconds(), d.getMinutes(), d.getHours(), d.getDate(), d.getMonth(), d.getFullYear() - 1900, d.getDay(), yday, 0,
        -d.getTimezoneOffset() * 60, 0].forEach((v, i) => dv().setInt32(tm + 4 * i, v, true));
      return tm;
    },
    go_vfs_find: () => 0, // only the C side's default VFS
    go_current_time_64: (vfs, out) => { dv().setBigInt64(out, BigInt(Date.now()) + 210866760000000n, true); return 0; },
    go_sleep: () => 0,
    go_randomness: (vfs, n, out) => { crypto.getRandomValues(u8().subarray(out, out + n)); return n; },
    go_full_pathname: (vfs, name, n, out) => { const b = cstr(name); u8().set(b, out); u8()[out + b.length] = 0; return 0; },
    go_access: (vfs, name, flags, res) => { dv().setInt32(res, 0, true); return 0; },
    go_delete: () => 0,
    go_open: (vfs, name, f, flags, outFlags, outVFS) => {
      files.set(nextFile, new Uint8Array(0));
      dv().setInt32(f + 4, nextFile++, true);
      if (outFlags) dv().setInt32(outFlags, flags, true);
      dv().setInt32(outVFS, 0, true); // version 1 io methods
      return 0;
    },
    go_close: (f) => { files.delete(file(f)); return 0; },
    go_read: (f, p, n, off) => {
      const b = files.get(file(f)), o = Number(off);
      const got = b.subarray(Math.min(o, b.length), Math.min(o + n, b.length));
      u8().set(got, p);
      u8().fill(0, p + got.length, p + n);
      return got.length < n ? 522 : 0; // SQLITE_IOERR_SHORT_READ
    },
    go_write: (f, p, n, off) => {
      let b = files.get(file(f)); const o = Number(off);
      if (o + n > b.length) { const g = new Uint8Array(o + n); g.set(b); b = g; files.set(file(f), b); }
      b.set(u8().subarray(p, p + n), o);
      return 0;
    },
    go_truncate: (f, size) => { files.set(file(f), files.get(file(f)).slice(0, Number(size))); return 0; },
    go_sync: () => 0,
    go_file_size: (f, out) => { dv().setBigInt64(out, BigInt(files.get(file(f)).length), true); return 0; },
    go_lock: () => 0,
    go_unlock: () => 0,
    go_check_reserved_lock: (f, out) => { dv().setInt32(out, 0, true); return 0; },
    go_file_control: () => 12, // SQLITE_NOTFOUND
    go_sector_size: () => 512,
    go_device_characteristics: () => 0,
    go_progress_handler: () => 0,
  };
  const mod = new WebAssembly.Module(bytes);
  for (const i of WebAssembly.Module.imports(mod)) {
    if (!(i.name in env)) env[i.name] = () => { throw new Error(`sqlite3.wasm called ${i.name}, which this host does not give`); };
  }
  const x = new WebAssembly.Instance(mod, { env }).exports;
  x._initialize();
  return { x, u8, dv, cstr };
}

// run runs cases as diff/main.go does (go-sqlite3's open flags, store.Open's
// PRAGMAs, its progress handler every 1000 instructions), calling out with
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
