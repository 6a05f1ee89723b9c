// SQLite's own wasm (go-sqlite3-wasm's C sources and configuration, the
// ones the engine's Go translation was made from: wasm/sqlite/) for the
// engine's browser driver (wasm/sqlitejs), which calls it through
// syscall/js once per statement execution: a call from Go costs
// microseconds, one from here into Go (a progress callback) 50 µs, so the
// step and time limits come with each call and the progress handler
// applies them here.
//
// Each connection has an instance of its own, as the translation has (so
// hard_heap_limit bounds each one); a closed connection's instance waits in
// a pool for the next, since a new one costs its memory's set-up.
//
// What the translation computes in Go stays in Go, called back: libm (Go's
// math differs from Math in the last bit), localtime_r (Go's time zone)
// and base64(), which go-sqlite3 registers on each connection.
//
// Values cross as bytes: a value is a tag (0 NULL, 1 integer, 2 float, 3
// text, 4 blob) and its little-endian int64 or float64, or a uint32 length
// and the bytes.

const OK = 0, ROW = 100, DONE = 101, INTERRUPT = 9;
// READWRITE | CREATE | URI | EXRESCODE, as go-sqlite3's Open
const OPEN = 0x02 | 0x04 | 0x40 | 0x02000000;
const LIBM = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cos', 'cosh', 'exp', 'fmod', 'log', 'log10', 'log2',
  'pow', 'sin', 'sinh', 'tan', 'tanh'];

// instantiate makes an instance of module (the SQLite wasm) with its
// imports: libc's string functions, go-sqlite3's VFS for in-memory
// databases (temporary files, and named files for serialize/deserialize in
// JavaScript arrays) and what calls gives: libm(name, x, y), localtime(t)
// (struct tm's fields), progress() (the progress handler) and func (go_func,
// SQL functions). An import an in-memory database never calls throws.
export function instantiate(module, calls) {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 65536 });
  const u8 = () => new Uint8Array(memory.buffer);
  const dv = () => new DataView(memory.buffer);
  const cstr = (p) => { const b = u8(); let e = p; while (b[e]) e++; return b.subarray(p, e); };
  const cmp = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return Math.sign(a.length - b.length);
  };
  const scan = (s, set, inSet) => { const b = cstr(s); let i = 0; while (i < b.length && set.has(b[i]) === inSet) i++; return i; };
  const files = new Map(), named = new Map();
  let nextFile = 1;
  const file = (f) => dv().getInt32(f + 4, true); // struct go_file's handle, after sqlite3_file's methods
  const me = { memory, u8, dv, cstr, named };
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
    localtime_r: (timer, tm) => {
      const v = calls.localtime(Number(dv().getBigInt64(timer, true)));
      for (let i = 0; i < 11; i++) dv().setInt32(tm + 4 * i, v[i], true);
      return tm;
    },
    go_vfs_find: () => 0, // only the C side's default VFS
    go_current_time_64: (vfs, o) => { dv().setBigInt64(o, BigInt(Date.now()) + 210866760000000n, true); return 0; },
    go_sleep: () => 0,
    go_randomness: (vfs, n, o) => { crypto.getRandomValues(u8().subarray(o, o + n)); return n; },
    go_full_pathname: (vfs, name, n, o) => { const b = cstr(name); u8().set(b, o); u8()[o + b.length] = 0; return 0; },
    go_access: (vfs, name, flags, res) => { dv().setInt32(res, 0, true); return 0; },
    go_delete: (vfs, name) => { named.delete(new TextDecoder().decode(cstr(name))); return 0; },
    // temporary files, and the named files of serialize/deserialize
    go_open: (vfs, name, f, flags, outFlags, outVFS) => {
      const key = name ? new TextDecoder().decode(cstr(name)) : '';
      files.set(nextFile, { key, b: named.get(key) || new Uint8Array(0) });
      dv().setInt32(f + 4, nextFile++, true);
      if (outFlags) dv().setInt32(outFlags, flags, true);
      dv().setInt32(outVFS, 0, true); // version 1 io methods
      return 0;
    },
    go_close: (f) => {
      const h = files.get(file(f));
      if (named.has(h.key)) named.set(h.key, h.b);
      files.delete(file(f));
      return 0;
    },
    go_read: (f, p, n, off) => {
      const { b } = files.get(file(f)), o = Number(off);
      const got = b.subarray(Math.min(o, b.length), Math.min(o + n, b.length));
      u8().set(got, p);
      u8().fill(0, p + got.length, p + n);
      return got.length < n ? 522 : 0; // SQLITE_IOERR_SHORT_READ
    },
    go_write: (f, p, n, off) => {
      const h = files.get(file(f)), o = Number(off);
      if (o + n > h.b.length) { const g = new Uint8Array(o + n); g.set(h.b); h.b = g; }
      h.b.set(u8().subarray(p, p + n), o);
      return 0;
    },
    go_truncate: (f, size) => { const h = files.get(file(f)); h.b = h.b.slice(0, Number(size)); return 0; },
    go_sync: () => 0,
    go_file_size: (f, o) => { dv().setBigInt64(o, BigInt(files.get(file(f)).b.length), true); return 0; },
    go_lock: () => 0,
    go_unlock: () => 0,
    go_check_reserved_lock: (f, o) => { dv().setInt32(o, 0, true); return 0; },
    go_file_control: () => 12, // SQLITE_NOTFOUND
    go_sector_size: () => 512,
    go_device_characteristics: () => 0,
    go_progress_handler: calls.progress,
    go_destroy: () => {},
  };
  if (calls.func) env.go_func = calls.func;
  for (const name of LIBM) env[name] = (x, y = 0) => calls.libm(name, x, y);
  for (const i of WebAssembly.Module.imports(module)) {
    if (!(i.name in env)) env[i.name] = () => { throw new Error(`sqlite3.wasm called ${i.name}, which this host does not give`); };
  }
  me.x = new WebAssembly.Instance(module, { env }).exports;
  me.x._initialize();
  return me;
}

// sqliteHost makes the host of module (the compiled SQLite wasm) that the
// Go driver finds at globalThis.cascadelabSQLite; the driver sets its go
// callbacks ({libm(name, x, y), localtime(t), base64(bytes, isBlob)}).
export function sqliteHost(module) {
  const host = { go: null, input: new Uint8Array(1 << 16) };
  const pool = [];
  const conns = new Map(), stmts = new Map();
  let next = 1;
  let out = new Uint8Array(1 << 16), at = 0;
  const grow = (n) => {
    if (at + n <= out.length) return;
    const b = new Uint8Array(Math.max(2 * out.length, at + n));
    b.set(out.subarray(0, at));
    out = b;
  };
  const put32 = (v) => { grow(4); new DataView(out.buffer).setInt32(at, v, true); at += 4; };
  const put64 = (v) => { grow(8); new DataView(out.buffer).setBigInt64(at, BigInt(v), true); at += 8; };
  const putF = (v) => { grow(8); new DataView(out.buffer).setFloat64(at, v, true); at += 8; };
  const putBytes = (b) => { put32(b.length); grow(b.length); out.set(b, at); at += b.length; };

  function instance() {
    const me = instantiate(module, {
      libm: (name, x, y) => host.go.libm(name, x, y),
      localtime: (t) => host.go.localtime(t),
      progress: () => {
        const l = me.limits;
        l.ticks++;
        return l.ticks * 1000 > l.steps || (l.deadline && Date.now() > l.deadline) ? 1 : 0;
      },
      func: (ctx, app, n, args) => base64(me, ctx, me.dv().getInt32(args, true)),
    });
    me.limits = { ticks: 0, steps: Infinity, deadline: 0 };
    return me;
  }

  // base64() as go-sqlite3 defines it: a blob to text, text to a blob.
  function base64(me, ctx, v) {
    const { x, u8 } = me;
    const type = x.sqlite3_value_type(v);
    if (type === 5) return;
    if (type !== 3 && type !== 4) {
      const [p, n] = cString(me, new TextEncoder().encode('base64: accepts only blob or text'));
      x.sqlite3_result_error(ctx, p, n);
      x.sqlite3_free(p);
      return;
    }
    const p = type === 4 ? x.sqlite3_value_blob(v) : x.sqlite3_value_text(v);
    const r = host.go.base64(u8().slice(p, p + x.sqlite3_value_bytes(v)), type === 4);
    const [q, n] = cString(me, r);
    if (type === 4) x.sqlite3_result_text_go(ctx, q, BigInt(n));
    else x.sqlite3_result_blob_go(ctx, q, BigInt(n));
  }

  // cString copies bytes into SQLite's heap, NUL-terminated.
  function cString(me, b) {
    const p = me.x.sqlite3_malloc64(BigInt(b.length + 1));
    me.u8().set(b, p);
    me.u8()[p + b.length] = 0;
    return [p, b.length];
  }

  // fail writes the error of rc: code, errmsg, errstr.
  function fail(me, db, rc) {
    const { x, cstr } = me;
    put32(rc);
    putBytes(db ? cstr(x.sqlite3_errmsg(db)) : new Uint8Array(0));
    putBytes(cstr(x.sqlite3_errstr(rc)));
  }

  const reply = () => out.subarray(0, at);

  // open answers the connection's id, or an error.
  host.open = () => {
    at = 0;
    const me = pool.pop() || instance();
    const { x, dv } = me;
    const pp = x.sqlite3_malloc64(8n), [name] = cString(me, new TextEncoder().encode(':memory:'));
    const rc = x.sqlite3_open_v2(name, pp, OPEN, 0);
    const db = dv().getInt32(pp, true);
    x.sqlite3_free(pp);
    x.sqlite3_free(name);
    if (rc !== OK) {
      fail(me, db, rc);
      x.sqlite3_close_v2(db);
      return reply();
    }
    x.sqlite3_progress_handler_go(db, 1000);
    // double-quoted string literals on, as sqlite.Opener asks: DQS_DML and
    // DQS_DDL (sqlite3_db_config's varargs: an int and where to answer)
    const args = x.sqlite3_malloc64(8n);
    for (const op of [1013, 1014]) {
      dv().setInt32(args, 1, true);
      dv().setInt32(args + 4, args, true);
      x.sqlite3_db_config(db, op, args);
    }
    x.sqlite3_free(args);
    const [fn] = cString(me, new TextEncoder().encode('base64'));
    x.sqlite3_create_function_go(db, fn, 1, 0x800, 1); // DETERMINISTIC
    x.sqlite3_free(fn);
    const id = next++;
    conns.set(id, { me, db });
    put32(OK);
    put32(id);
    return reply();
  };

  // limit sets the bounds of a call: steps (a float64, Infinity for none)
  // and deadline (Date.now() ms, 0 for none).
  const limit = (me, steps, deadline) => { me.limits = { ticks: 0, steps, deadline }; };

  // prepare(conn, n, deadline): the SQL is host.input's first n bytes.
  // Answers OK, the statement's id (0 for none), the tail's offset, the
  // parameter count and the column names; or an error.
  host.prepare = (id, n, deadline) => {
    at = 0;
    const { me, db } = conns.get(id);
    const { x, dv, cstr } = me;
    limit(me, Infinity, deadline);
    const [z] = cString(me, host.input.subarray(0, n));
    const pp = x.sqlite3_malloc64(8n);
    const rc = x.sqlite3_prepare_v3(db, z, n + 1, 0, pp, pp + 4);
    const st = dv().getInt32(pp, true), tail = dv().getInt32(pp + 4, true) - z;
    x.sqlite3_free(pp);
    x.sqlite3_free(z);
    if (rc !== OK) {
      fail(me, db, rc);
      return reply();
    }
    put32(OK);
    if (!st) {
      put32(0);
      put32(tail);
      return reply();
    }
    const sid = next++;
    stmts.set(sid, { me, db, st });
    put32(sid);
    put32(tail);
    put32(x.sqlite3_bind_parameter_count(st));
    const nc = x.sqlite3_column_count(st);
    put32(nc);
    for (let i = 0; i < nc; i++) putBytes(cstr(x.sqlite3_column_name(st, i)));
    return reply();
  };

  // run(stmt, n, rows, steps, deadline): binds the parameters in host.input's
  // first n bytes, steps to the end (at most rows rows; one more stops it),
  // resets. Answers the code (OK, or DONE+1 for the row budget, or an
  // error), ticks, VM steps, changes, last rowid, then the rows (a count, a
  // column count, the values) or the error's errmsg and errstr.
  host.run = (sid, n, rows, steps, deadline) => {
    at = 0;
    const { me, db, st } = stmts.get(sid);
    const { x, u8 } = me;
    limit(me, steps, deadline);
    let rc = bind(me, st, new DataView(host.input.buffer, 0, n));
    const nc = x.sqlite3_column_count(st);
    const body = [];
    let count = 0, over = false;
    while (rc === OK) {
      if (me.limits.ticks * 1000 > steps || (deadline && Date.now() > deadline)) {
        rc = INTERRUPT;
        break;
      }
      const s = x.sqlite3_step(st);
      if (s === DONE) break;
      if (s !== ROW) {
        rc = s;
        break;
      }
      if (count >= rows) {
        over = true;
        break;
      }
      count++;
      for (let i = 0; i < nc; i++) {
        switch (x.sqlite3_column_type(st, i)) {
          case 1: body.push([1, x.sqlite3_column_int64(st, i)]); break;
          case 2: body.push([2, x.sqlite3_column_double(st, i)]); break;
          case 3: { const p = x.sqlite3_column_text(st, i); body.push([3, u8().slice(p, p + x.sqlite3_column_bytes(st, i))]); break; }
          case 4: { const p = x.sqlite3_column_blob(st, i); body.push([4, u8().slice(p, p + x.sqlite3_column_bytes(st, i))]); break; }
          default: body.push([0]);
        }
      }
    }
    // the error is step's, before reset; reset reports it again
    const err = rc !== OK && rc !== INTERRUPT ? [rc, me.cstr(x.sqlite3_errmsg(db)).slice()] : null;
    const rrc = x.sqlite3_reset(st);
    x.sqlite3_clear_bindings(st);
    const vm = x.sqlite3_stmt_status(st, 4, 1); // SQLITE_STMTSTATUS_VM_STEP, reset
    put32(over ? DONE + 1 : rc === OK && rrc !== OK ? rrc : rc);
    put64(me.limits.ticks);
    put64(vm);
    if (rc === OK && rrc === OK && !over) {
      put64(x.sqlite3_changes64(db));
      put64(x.sqlite3_last_insert_rowid(db));
      put32(count);
      put32(nc);
      for (const [t, v] of body) {
        grow(1);
        out[at++] = t;
        if (t === 1) put64(v);
        else if (t === 2) putF(v);
        else if (t >= 3) putBytes(v);
      }
    } else if (over) {
      // the row budget: nothing more
    } else if (rc === INTERRUPT && !err) {
      putBytes(new Uint8Array(0));
      putBytes(me.cstr(x.sqlite3_errstr(INTERRUPT)));
    } else {
      const code = err ? err[0] : rrc;
      putBytes(err ? err[1] : me.cstr(x.sqlite3_errmsg(db)));
      putBytes(me.cstr(x.sqlite3_errstr(code)));
    }
    return reply();
  };

  function bind(me, st, dv) {
    const { x } = me;
    for (let o = 0, i = 1; o < dv.byteLength; i++) {
      const t = dv.getUint8(o++);
      let rc = OK;
      if (t === 0) rc = x.sqlite3_bind_null(st, i);
      else if (t === 1) { rc = x.sqlite3_bind_int64(st, i, dv.getBigInt64(o, true)); o += 8; }
      else if (t === 2) { rc = x.sqlite3_bind_double(st, i, dv.getFloat64(o, true)); o += 8; }
      else {
        const n = dv.getUint32(o, true);
        o += 4;
        const b = new Uint8Array(dv.buffer, o, n);
        o += n;
        if (t === 4 && n === 0) rc = x.sqlite3_bind_zeroblob(st, i, 0);
        else {
          const [p] = cString(me, b);
          rc = t === 3 ? x.sqlite3_bind_text_go(st, i, p, BigInt(n)) : x.sqlite3_bind_blob_go(st, i, p, BigInt(n));
        }
      }
      if (rc !== OK) return rc;
    }
    return OK;
  }

  // exec(conn, n, deadline) runs host.input's first n bytes.
  host.exec = (id, n, deadline) => {
    at = 0;
    const { me, db } = conns.get(id);
    limit(me, Infinity, deadline);
    const [z] = cString(me, host.input.subarray(0, n));
    const rc = me.x.sqlite3_exec(db, z, 0, 0, 0);
    me.x.sqlite3_free(z);
    if (rc === OK) put32(OK);
    else fail(me, db, rc);
    return reply();
  };

  host.autocommit = (id) => {
    const { me, db } = conns.get(id);
    return me.x.sqlite3_get_autocommit(db) !== 0;
  };

  // backup copies the main database from src to dst (sqlite3_backup).
  function backup(me, dst, src) {
    const { x } = me;
    const [main] = cString(me, new TextEncoder().encode('main'));
    const b = x.sqlite3_backup_init(dst, main, src, main);
    x.sqlite3_free(main);
    if (!b) return x.sqlite3_extended_errcode(dst);
    x.sqlite3_backup_step(b, -1);
    return x.sqlite3_backup_finish(b);
  }

  // withFile opens a second connection of conn's instance on a named file
  // holding img, calls f with it, and answers the file's bytes after, or an
  // error.
  function withFile(id, img, flags, f) {
    at = 0;
    const { me, db } = conns.get(id);
    const { x, dv } = me;
    const key = `/serdes${next++}`;
    me.named.set(key, img);
    const pp = x.sqlite3_malloc64(8n), [name] = cString(me, new TextEncoder().encode(`file:${key}?${flags}`));
    let rc = x.sqlite3_open_v2(name, pp, OPEN, 0);
    const other = dv().getInt32(pp, true);
    x.sqlite3_free(pp);
    x.sqlite3_free(name);
    if (rc === OK) rc = f(me, db, other);
    x.sqlite3_close_v2(other);
    const b = me.named.get(key);
    me.named.delete(key);
    if (rc !== OK && rc !== DONE) {
      fail(me, db, rc);
      return reply();
    }
    put32(OK);
    putBytes(b);
    return reply();
  }

  host.serialize = (id) => withFile(id, new Uint8Array(0), 'nolock=1', (me, db, other) => backup(me, other, db));
  host.deserialize = (id, n) => withFile(id, host.input.slice(0, n), 'immutable=1', (me, db, other) => backup(me, db, other));

  host.finalize = (sid) => {
    const s = stmts.get(sid);
    stmts.delete(sid);
    return s ? s.me.x.sqlite3_finalize(s.st) : OK;
  };

  host.close = (id) => {
    const { me, db } = conns.get(id);
    conns.delete(id);
    for (const [sid, s] of stmts) if (s.db === db) host.finalize(sid);
    const rc = me.x.sqlite3_close_v2(db);
    // an instance that grew past 16 MB is dropped rather than kept
    if (rc === OK && me.memory.buffer.byteLength <= 16 << 20) pool.push(me);
    return rc;
  };

  return host;
}
