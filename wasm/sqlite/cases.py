# The differential's cases (make sqlite-diff): JSON on stdout, a list of SQL texts per case,
# each case on a fresh connection. They aim at what a build's configuration shows to SQL:
# compile options, functions, modules, collations, PRAGMAs, LIKE on blobs, the parser, the
# extensions go-sqlite3-wasm compiles in (decimal, ieee754, regexp, series, uint) on many inputs,
# libm, dates, errors (codes and messages) and a small workload with the planner's statistics.
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
print(json.dumps(cases))
