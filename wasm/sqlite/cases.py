# The differential's cases (make sqlite-diff): JSON on stdout, a list of SQL texts per case,
# each case on a fresh connection. They aim at what a build's configuration shows to SQL:
# compile options, functions, modules, collations, PRAGMAs, LIKE on blobs, the parser, the
# extensions go-sqlite3-wasm compiles in (decimal, ieee754, regexp, series, uint) on many inputs,
# libm, dates, errors (codes and messages), a small workload with the planner's statistics, what
# SQLAlchemy's SQLite dialect sends, and random inputs for the extensions.
import json, random, itertools
R = random.Random(15)
cases = []
def q(s): return "'" + s.replace("'", "''") + "'"
# configuration visible to SQL
cases.append(["pragma compile_options", "select * from pragma_function_list order by 1,2,3,4,5,6",
  "select * from pragma_module_list order by 1", "select * from pragma_collation_list order by 2",
  "select sqlite_version(), sqlite_source_id()"] +
  ["pragma " + p for p in "page_size cache_size auto_vacuum automatic_index busy_timeout cache_spill cell_size_check checkpoint_fullfsync defer_foreign_keys encoding foreign_keys fullfsync hard_heap_limit ignore_check_constraints journal_mode journal_size_limit legacy_alter_table locking_mode max_page_count mmap_size page_count query_only read_uncommitted recursive_triggers reverse_unordered_selects secure_delete soft_heap_limit synchronous temp_store threads trusted_schema user_version wal_autocheckpoint analysis_limit data_version freelist_count schema_version application_id cache_size".split()] +
  ["select " + f for f in ["x'616263' like 'abc'", "x'616263' glob 'abc'", "x'616263' like x'616263'", "'abc' like x'616263'", "x'41' like 'a'", "cast(x'616263' as text) like 'abc'", "like('abc', x'616263')", "like('a%', x'61')"]] +
  ["select " + f for f in ["base64(x'00ff10')", "base64('AP8Q')", "uuid()", "soundex('Robert')", "median(1)", "percentile(1,50)", "sqlite_offset(1)", "unknown()", "'a' regexp 'a'", "'a' regexp '('", "unhex('4142')", "concat_ws(',',1,2)", "octet_length('é')", "timediff('2026-01-01','2025-01-01')", "format('%q', 'a''b')", "string_agg(1,',')", "sqlite_compileoption_used('ENABLE_STAT4')", "json_pretty('[1]')", "jsonb('1')", "if(1,2,3)"]])
# DELETE / UPDATE with ORDER BY / LIMIT
for s in ["delete from t limit 1", "delete from t order by a", "delete from t order by a limit 1", "update t set a=1 limit 1", "update t set a=1 order by a limit 1 offset 1", "delete from t where a=1 limit (", "delete from t limit 1 garbage", "update t set a=2 order by", "delete from t returning * limit 1", "create trigger tr after insert on t begin delete from t limit 1; end", "delete from t indexed by i limit 2", "delete from t order by a desc"]:
    cases.append(["create table t(a)", "insert into t values (1),(2)", s, "select * from t"])
# errors
errs = ["selec 1", "select", "select * from nope", "select nope from (select 1)", "insert into t values (1,2)", "create table un(a unique); insert into un values (1); insert into un values (1)", "create table pk(a primary key); insert into pk values (1); insert into pk values (1)", "create table ip(a integer primary key); insert into ip values (1); insert into ip values (1)",
  "create table u(a not null); insert into u values (null)", "create table p(id integer primary key); create table c(p references p(id)); pragma foreign_keys=on; insert into c values (5)",
  "create table k(a check (a>0)); insert into k values (0)", "select 1 union select 1, 2", "select abs()", "select substr()", "select json('[')", "select 1/0, 5%0, 1e308*10, -0.0, 0.1+0.2",
  "create table t(a); create table t(b)", "drop table nope", "select * from t where", "with recursive c(x) as (select 1 union all select x+1 from c) select x from c limit 5",
  "select printf('%.20f %e %g %!.30g', 0.1, 1e300, 1.5, 1/3.0)", "select cast('12abc' as integer), cast('1e5' as integer), cast(9223372036854775807 as real), cast('0x10' as integer), 0x7fffffffffffffff+1",
  "select raise(abort, 'x')", "create table r(a integer primary key autoincrement); insert into r values(9223372036854775807); insert into r(a) values(null)",
  "select length(randomblob(70000000))", "select zeroblob(2000000000)", "select char(0x10ffff, 0xd800, 65)", "select 'a' collate nocase = 'A', 'a' collate rtrim = 'a  ', 'b' collate nope", "vacuum", "attach ':memory:' as x", "select load_extension('x')", "pragma integrity_check", "analyze", "explain select 1", "explain query plan select 1",
  "select date('2026-02-30'), datetime(2460000.5), julianday('now') > 0, strftime('%W %j %s %f', '2026-03-01 12:34:56.789'), date('2026-01-31', '+1 month'), datetime('2026-06-01', 'localtime'), datetime(0, 'unixepoch', 'localtime'), time('12:00', '+30 minutes', 'subsec')"]
for e in errs: cases.append(["create table t(a)", e])
# math functions (host libm)
xs = [0, 0.5, 1, -1, 2, 3.14159, 1e-300, 1e300, -0.0, 10, 0.1, 7.5, 100.25, 1e10, -2.5]
fns1 = ["exp", "ln", "log", "log10", "log2", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "sqrt", "ceil", "floor", "trunc", "degrees", "radians", "sign", "abs", "round"]
cases.extend([x] for x in ["select %s(%r)" % (f, x) for f in fns1 for x in xs] + ["select pow(%r,%r), mod(%r,%r), atan2(%r,%r), log(%r,%r)" % (x, y, x, y, x, y, x, y) for x in xs[:10] for y in xs[:10]])
# decimal
nums = ["0", "1", "-1", "1.5", "-0.0001", "123456789012345678901234567890.123456789", "1e10", "1.5e-7", "-3E+2", "abc", "", " 12 ", "0.1", "9223372036854775807", "-9223372036854775808", "1e400", "2.50", "00012.3400", "+7", ".5", "5.", "1e", "--1", "1,5"]
vals = [q(n) for n in nums] + ["1.5", "0.1", "1e300", "-2.5e-10", "12345678901234567", "null", "x'31'", "3", "-0.0", "1e-320"]
sel = []
for v in vals:
    sel += ["select decimal(%s)" % v, "select decimal_exp(%s)" % v, "select decimal(%s, 5)" % v, "select decimal_exp(%s, 3)" % v, "select decimal_pow2(%s)" % v]
for a, b in itertools.product(vals[:20], repeat=2):
    if R.random() < 0.5:
        sel.append("select decimal_add(%s,%s), decimal_sub(%s,%s), decimal_mul(%s,%s), decimal_cmp(%s,%s)" % (a, b, a, b, a, b, a, b))
for n in [-5, 0, 1, 10, 63, 64, 100, 1000, 1074, 1100, -1075]: sel.append("select decimal_pow2(%d)" % n)
sel.append("select decimal_sum(v) from (select '1.1' v union all select '2.22' union all select '-0.001' union all select '1e3')")
sel.append("select decimal_sum(v) over (order by v rows between 1 preceding and current row) from (select '1.1' v union all select '2.22' union all select '-0.001' union all select '5')")
sel.append("select v from (select '10' v union all select '9' union all select '1.5' union all select '-2' union all select '1e1' union all select 'x') order by v collate decimal")
cases.extend([x] for x in sel)
# ieee754
fl = ["0.0", "-0.0", "1.0", "0.1", "1e308", "4.9e-324", "-2.5", "3", "null", "'1.5'", "x'3ff0000000000000'", "1e-310", "9007199254740993.0", "123.456"]
sel = []
for v in fl:
    sel += ["select ieee754(%s)" % v, "select ieee754_mantissa(%s)" % v, "select ieee754_exponent(%s)" % v, "select ieee754_to_blob(%s)" % v]
for m, e in [(1, 0), (3, -1), (-5, 10), (0, 0), (1, 1024), (1, -1075), (4503599627370497, -52), (9007199254740993, 0), (-1, -1074)]:
    sel.append("select ieee754(%d, %d)" % (m, e))
for b in ["x'3ff0000000000000'", "x'0000000000000001'", "x'7ff0000000000000'", "x'fff8000000000000'", "x'00'", "'abc'"]:
    sel.append("select ieee754_from_blob(%s)" % b)
for f in ["ieee754_inc(1.0, 1)", "ieee754_inc(1.0, -1)", "ieee754_inc(0.0, -1)"]: sel.append("select " + f)
cases.extend([x] for x in sel)
# regexp
pats = ["a", "^a", "a$", "a.c", "a*", "a+b", "a?b", "[abc]", "[^abc]", "[a-z]+", "\\d+", "\\w\\s\\W", "\\bfoo\\b", "(ab)|(cd)", "x{2,3}", "x{2}", "x{,2}", "\\.", "(", "[", "a{1000}", "\\u0041", "\\x41", "é", "[é]", "^$", ".", "a|", "(?:a)", "\\D\\S", "[[:alpha:]]", "a{3,1}", "\\", "*a", "a**"]
strs = ["", "a", "abc", "aab", "xxx", "foo bar", "ABC", "é", "123", "a\nb", "x.y", "cd", "A", "xx", "ab ab"]
sel = ["select %s regexp %s, regexpi(%s, %s)" % (q(s), q(p), q(p), q(s)) for p in pats for s in strs]
sel += ["select regexp(%s, %s)" % (q(p), q(s)) for p in pats[:5] for s in strs[:3]]
sel += ["select null regexp 'a', 'a' regexp null, 1 regexp 1, x'61' regexp 'a'"]
cases.extend([x] for x in sel)
# generate_series
sel = []
for args in ["0,5", "1,10,3", "10,1,-2", "5", "1,1", "0,-5", "1,5,0", "1,5,-1", "9223372036854775800,9223372036854775807,3", "'a','b'", "1.5,4.5", "null,3", "0,100,25"]:
    sel.append("select * from generate_series(%s) limit 50" % args)
    sel.append("select value, start, stop, step from generate_series(%s) limit 4" % args)
sel += ["select value from generate_series(1,20) where value %% 3 = 0 order by value desc limit 3", "select count(*) from generate_series(1,100000)",
        "select value from generate_series where start=1 and stop=3", "select * from generate_series(1,10) where value > 5 and value < 8", "select * from generate_series(1,10,2) where value = 5", "select * from generate_series(1,10) order by value desc limit 2"]
cases.extend([x] for x in sel)
# uint collation, soundex, misc collations
words = ["a10", "a2", "a1", "a01", "A2", "b", "10", "9", "1.5", "", "x99999999999999999999", "x100000000000000000000", "a 2", "a02"]
cases.append(["create table w(s)"] + ["insert into w values (%s)" % q(w) for w in words] + [
  "select s from w order by s collate uint, rowid", "select s from w order by s collate nocase, rowid", "select s from w order by s collate rtrim, rowid",
  "select s from w order by s collate binary desc", "select s from w order by s collate decimal, rowid", "select count(distinct s collate uint) from w"] +
  ["select soundex(%s)" % q(w) for w in ["Robert", "Rupert", "", "123", "Tymczak", "Pfister", "Ashcraft", "é", "a", "Lloyd"]])
# a small workload with joins, cascades, indexes, stat4
cases.append(["create table p(id integer primary key, name text)", "create table c(id integer primary key, pid integer references p(id) on delete cascade, v real)",
  "pragma foreign_keys=on", "insert into p select value, 'n'||value from generate_series(1,200)", "insert into c select value, value % 200 + 1, value * 0.5 from generate_series(1,2000)",
  "create index ci on c(pid)", "analyze", "select * from sqlite_stat1 order by 1,2", "select count(*) from sqlite_stat4",
  "explain query plan select * from c where pid = 5", "delete from p where id < 50", "select count(*), sum(v), avg(v), total(v), group_concat(id) from c where pid < 60",
  "select pid, count(*) from c group by pid order by 2 desc, 1 limit 5", "select * from c order by v desc limit 3 offset 10", "pragma table_info(c)", "pragma index_list(c)", "pragma foreign_key_list(c)", "select sql from sqlite_schema order by name",
  "update c set v = v * 1.1 where id % 7 = 0 returning id, v", "select changes(), total_changes(), last_insert_rowid()", "savepoint a", "delete from c", "rollback to a", "release a", "select count(*) from c",
  "begin", "insert into p(name) values ('z')", "commit", "select max(id) from p",
  "select row_number() over w, rank() over w, ntile(3) over w, lag(v) over w, first_value(v) over w from c window w as (order by v) limit 5",
  "select json_group_array(id), json_object('a', 1, 'b', 2.5), json_extract('{\"a\":[1,2]}', '$.a[1]'), json_each.value from json_each('[1,2]') limit 2"])
# What SQLAlchemy 2.0's SQLite dialect sends (DDL, reflection PRAGMAs, DML with RETURNING,
# savepoints, foreign keys with every ON DELETE/UPDATE action, deferred constraints, dates as it
# stores them), with literals where a script would bind parameters.
ddl = ['CREATE TABLE "user" (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(30) NOT NULL, \n\tfullname VARCHAR, \n\tcreated DATETIME DEFAULT (CURRENT_TIMESTAMP), \n\tactive BOOLEAN NOT NULL, \n\tscore NUMERIC(10, 2), \n\tkind VARCHAR(5), \n\tPRIMARY KEY (id), \n\tUNIQUE (name), \n\tCONSTRAINT ck_kind CHECK (kind IN (\'a\', \'b\'))\n)',
       'CREATE TABLE address (\n\tid INTEGER NOT NULL, \n\temail_address VARCHAR NOT NULL, \n\tuser_id INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE\n)',
       'CREATE INDEX ix_address_email_address ON address (email_address)']
users = ['INSERT INTO "user" (name, fullname, created, active, score, kind) VALUES (\'spongebob\', \'Spongebob Squarepants\', \'2026-11-30 12:00:00.000000\', 1, 10.5, \'a\') RETURNING id, created',
         'INSERT INTO "user" (name, fullname, created, active, score, kind) VALUES (\'sandy\', \'Sandy Cheeks\', \'2026-11-29 08:30:00.250000\', 0, 3, \'b\'), (\'patrick\', NULL, \'2025-01-01 00:00:00.000000\', 1, NULL, NULL) RETURNING id, name',
         'INSERT INTO address (email_address, user_id) VALUES (\'s@x\', 1) RETURNING id', 'INSERT INTO address (email_address, user_id) VALUES (\'s2@x\', 1) RETURNING id',
         'INSERT INTO address (email_address, user_id) SELECT column1, column2 FROM (VALUES (\'sandy@x\', 2), (\'p@x\', 3)) ORDER BY column1 RETURNING id, user_id']
reflect = ["SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name", 'PRAGMA main.table_info("user")', 'PRAGMA main.table_xinfo("address")', 'PRAGMA main.foreign_key_list("address")', 'PRAGMA main.index_list("address")', 'PRAGMA main.index_info("ix_address_email_address")', 'PRAGMA main.index_list("user")',
           "SELECT sql FROM  (SELECT * FROM sqlite_master UNION ALL   SELECT * FROM sqlite_temp_master) WHERE name = 'user' AND type in ('table', 'view')", 'PRAGMA temp.table_info("user")', "SELECT * FROM sqlite_master WHERE type='table' AND name='nope'"]
orm = ['SELECT "user".id, "user".name, "user".fullname, "user".created, "user".active, "user".score, "user".kind FROM "user" WHERE "user".name IN (\'spongebob\', \'sandy\', \'nope\') ORDER BY "user".id',
       'SELECT "user".name, address.email_address FROM "user" JOIN address ON "user".id = address.user_id WHERE address.email_address LIKE \'%\' || \'@x\' ESCAPE \'/\' ORDER BY address.id',
       'SELECT "user".id, count(address.id) AS count_1 FROM "user" LEFT OUTER JOIN address ON "user".id = address.user_id GROUP BY "user".id HAVING count(address.id) >= 0 ORDER BY count_1 DESC, "user".id',
       'SELECT anon_1.id, anon_1.name FROM (SELECT "user".id AS id, "user".name AS name FROM "user" WHERE "user".active = 1) AS anon_1 ORDER BY anon_1.name LIMIT -1 OFFSET 1',
       'SELECT "user".id FROM "user" WHERE EXISTS (SELECT 1 FROM address WHERE "user".id = address.user_id AND address.email_address != \'x\') AND "user".fullname IS NOT NULL',
       'WITH anon_1 AS (SELECT address.user_id AS user_id, count(*) AS n FROM address GROUP BY address.user_id) SELECT "user".name, anon_1.n FROM "user" JOIN anon_1 ON "user".id = anon_1.user_id',
       'SELECT lower("user".name) || \' \' || coalesce("user".fullname, \'\') AS anon_1, CAST("user".score AS FLOAT) AS s, "user".score / 3, typeof("user".score), typeof("user".active) FROM "user" ORDER BY "user".id',
       'UPDATE "user" SET fullname=\'Patrick Star\' WHERE "user".name = \'patrick\' RETURNING "user".id, "user".fullname',
       'UPDATE "user" SET score=("user".score + 1) WHERE "user".id IN (SELECT address.user_id FROM address) RETURNING id, score',
       'UPDATE address SET email_address=(SELECT "user".name FROM "user" WHERE "user".id = address.user_id) || \'@y\' FROM "user" WHERE "user".id = address.user_id AND "user".name = \'sandy\'',
       'INSERT INTO "user" (id, name, active) VALUES (1, \'dup\', 1) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING id, name',
       'INSERT INTO "user" (name, active, created) VALUES (\'spongebob\', 1, \'2026-01-02 03:04:05.000006\') ON CONFLICT DO NOTHING', 'INSERT OR REPLACE INTO "user" (id, name, active, created) VALUES (3, \'pat\', 1, NULL)',
       'SAVEPOINT sa_savepoint_1', 'DELETE FROM "user" WHERE "user".id = 2 RETURNING id, name', 'SELECT count(*) FROM address', 'ROLLBACK TO SAVEPOINT sa_savepoint_1', 'RELEASE SAVEPOINT sa_savepoint_1', 'SELECT count(*) FROM address',
       'SELECT "user".id, date("user".created), strftime(\'%Y\', "user".created), julianday(\'2026-12-01 00:00:00.000000\') - julianday("user".created), datetime("user".created, \'+1 day\', \'start of month\') FROM "user" ORDER BY 1',
       'SELECT typeof(CURRENT_TIMESTAMP), length(CURRENT_TIMESTAMP), length(CURRENT_DATE), typeof(CAST(\'2026-11-30 12:00:00.000000\' AS DATETIME)), CAST(\'2026-11-30\' AS DATE)',
       'SELECT "user".created FROM "user" WHERE "user".created > \'2026-01-01 00:00:00.000000\' AND "user".created BETWEEN \'2025-06-01\' AND \'2026-12-01\' ORDER BY "user".created DESC',
       'DELETE FROM "user" WHERE "user".id = 1', 'SELECT * FROM address ORDER BY id', 'DELETE FROM "user" RETURNING *', 'SELECT changes(), total_changes()']
errs = ['INSERT INTO "user" (name, active) VALUES (NULL, 1)', 'INSERT INTO "user" (name, active, kind) VALUES (\'x\', 1, \'c\')', 'INSERT INTO "user" (name, active) VALUES (\'sandy\', 1)', 'INSERT INTO address (email_address, user_id) VALUES (\'o@x\', 99)',
        'UPDATE "user" SET id = 42 WHERE id = 2', 'INSERT INTO "user" (id, name, active) VALUES (\'abc\', \'y\', 1)', 'INSERT INTO address (email_address, user_id) VALUES (\'o@x\', 99) RETURNING id']
for fk in ["PRAGMA foreign_keys=ON", "PRAGMA foreign_keys=OFF"]:
    cases.append([fk] + ddl + users + reflect + orm)
    for e in errs: cases.append([fk] + ddl + users + [e, 'SELECT count(*) FROM "user"', 'SELECT count(*) FROM address'])
acts = ["", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE SET DEFAULT", " ON DELETE RESTRICT", " ON DELETE NO ACTION", " ON UPDATE CASCADE", " ON UPDATE SET NULL", " ON DELETE CASCADE ON UPDATE RESTRICT"]
ops = ["DELETE FROM parent WHERE parent.id = 1", "UPDATE parent SET id=10 WHERE parent.id = 1", "DELETE FROM parent WHERE parent.id = 1 RETURNING parent.id", "DELETE FROM parent", "DELETE FROM child WHERE child.parent_id = 1; DELETE FROM parent WHERE parent.id = 1"]
for act, defer, op in itertools.product(acts, ["", " DEFERRABLE INITIALLY DEFERRED"], ops):
    body = ["PRAGMA foreign_keys=ON", "CREATE TABLE parent (\n\tid INTEGER NOT NULL, \n\tname VARCHAR, \n\tPRIMARY KEY (id)\n)",
            "CREATE TABLE child (\n\tid INTEGER NOT NULL, \n\tparent_id INTEGER DEFAULT 2, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES parent (id)%s%s\n)" % (act, defer),
            "CREATE TABLE grandchild (id INTEGER NOT NULL PRIMARY KEY, child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE)",
            "INSERT INTO parent (id, name) VALUES (1, 'a'), (2, 'b')", "INSERT INTO child (id, parent_id) VALUES (1, 1), (2, 1), (3, 2)", "INSERT INTO grandchild (id, child_id) VALUES (1, 1), (2, 3)"]
    cases.append(body + ["BEGIN", op, "SELECT * FROM child ORDER BY id", "SELECT * FROM grandchild ORDER BY id", "COMMIT", "SELECT * FROM parent ORDER BY id", "PRAGMA foreign_key_check", "SELECT * FROM child ORDER BY id"])
cases.append(["CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY, b_id INTEGER REFERENCES b (id) DEFERRABLE INITIALLY DEFERRED)", "CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, a_id INTEGER REFERENCES a (id) ON DELETE SET NULL)", "PRAGMA foreign_keys=ON",
              "BEGIN", "INSERT INTO a VALUES (1, 1)", "INSERT INTO b VALUES (1, 1)", "COMMIT", "BEGIN", "INSERT INTO a VALUES (2, 7)", "COMMIT", "ROLLBACK", "DELETE FROM a WHERE id = 1", "SELECT * FROM b", "PRAGMA defer_foreign_keys=ON", "BEGIN", "DELETE FROM b", "COMMIT",
              "CREATE TABLE s (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, v TEXT)", "INSERT INTO s (v) VALUES ('x') RETURNING id", "DELETE FROM s", "INSERT INTO s (v) VALUES ('y') RETURNING id", "SELECT * FROM sqlite_sequence",
              "ALTER TABLE s RENAME TO s2", "ALTER TABLE s2 ADD COLUMN w INTEGER DEFAULT 5", "ALTER TABLE s2 RENAME COLUMN v TO vv", "ALTER TABLE s2 DROP COLUMN w", "SELECT sql FROM sqlite_master WHERE name = 's2'",
              "CREATE VIEW v AS SELECT a.id, b.id AS bid FROM a LEFT OUTER JOIN b ON b.a_id = a.id", "SELECT * FROM v", "DROP VIEW v", "DROP TABLE IF EXISTS nope", "DROP INDEX IF EXISTS nope", "DROP TABLE b", "DROP TABLE a"])
# Random inputs for the five extensions (a fixed seed): the build's ext/misc is 3.53.4's, the
# translation's 3.54.1's, so these look for a change between them.
sel = []
atoms = ["a", "b", "x", ".", "\\d", "\\w", "\\s", "\\b", "[a-c]", "[^x]", "(ab|b)", "é", "\\.", "\\-", "[-a]", "[a-]", "\\{"]
for _ in range(400):
    p = "".join(R.choice(atoms) + R.choice(["", "", "*", "+", "?", "{1,2}", "{2}", "*?"]) for _ in range(R.randint(1, 4)))
    p = R.choice(["", "^"]) + p + R.choice(["", "$"])
    t = "".join(R.choice("abx. -é1_") for _ in range(R.randint(0, 8)))
    sel.append("select %s regexp %s, regexpi(%s, upper(%s))" % (q(t), q(p), q(p), q(t)))
def num():
    d = "".join(R.choice("0123456789") for _ in range(R.randint(1, 25)))
    k = R.randint(0, len(d))
    n = R.choice(["", "-", "+"]) + d[:k] + R.choice(["", "."]) + d[k:]
    return n + R.choice(["", "", "e%d" % R.randint(-30, 30), "E+%d" % R.randint(0, 40)])
for _ in range(300):
    x, y = q(num()), q(num())
    f = R.choice(["decimal(%s)" % x, "decimal(%s, %d)" % (x, R.randint(-2, 30)), "decimal_exp(%s)" % x, "decimal_exp(%s, %d)" % (x, R.randint(-2, 30)),
                  "decimal_add(%s,%s)" % (x, y), "decimal_sub(%s,%s)" % (x, y), "decimal_mul(%s,%s)" % (x, y), "decimal_cmp(%s,%s)" % (x, y),
                  "decimal(%s)" % R.choice(["1e%d" % R.randint(-320, 310), "%r" % R.uniform(-1e6, 1e6), "%r" % (R.random() * 10 ** R.randint(-20, 20))]),
                  "decimal_pow2(%d)" % R.randint(-1100, 1100), "%s < %s collate decimal" % (x, y)])
    sel.append("select " + f)
for _ in range(150):
    v = R.choice(["%r" % R.uniform(-1e10, 1e10), "%r" % (R.random() * 10 ** R.randint(-308, 308)), "%d" % R.randint(-2**63, 2**63 - 1)])
    f = R.choice(["ieee754(%s)", "ieee754_mantissa(%s)", "ieee754_exponent(%s)", "hex(ieee754_to_blob(%s))", "ieee754_to_int(%s)", "ieee754_from_int(%s)", "ieee754_inc(%s, 3)", "ieee754_from_blob(ieee754_to_blob(%s)) = %s"])
    sel.append("select " + f.replace("%s", v))
for _ in range(150):
    a = [R.randint(-20, 20) for _ in range(3)]
    if R.random() < 0.75: a[:2] = sorted(a[:2])
    w = R.choice(["", " where value > %d" % R.randint(-20, 20), " where value between %d and %d" % (a[0], a[1]), " where value = %d" % a[2], " where value in (1, 3, 5, -2)", " where start = %d and stop = %d" % (a[0], a[1]), " where value < %d and value >= %d" % (a[1], a[0])])
    o = R.choice(["", " order by value", " order by value desc", " order by rowid desc"])
    l = R.choice([" limit 60", " limit 3", " limit 2 offset 1", " limit 60 offset 2"])
    args = R.choice(["%d,%d" % (a[0], a[1]), "%d,%d,%d" % tuple(a)])
    sel.append("select value, rowid from generate_series(%s)%s%s%s" % (args, w, o, l))
cases.extend([x] for x in sel)
print(json.dumps(cases))
