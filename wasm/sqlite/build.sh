#!/usr/bin/env bash
# Builds sqlite3.wasm: SQLite 3.54.1 with go-sqlite3-wasm's own C configuration and bindings,
# the C the engine's translated SQLite (github.com/ncruces/go-sqlite3-wasm/v6) was made from,
# compiled by Debian's clang-19 instead of wasi-sdk's clang and kept as wasm instead of being
# translated to Go. Prints the sha256 of what it wrote; rebuilding the committed sqlite3.wasm
# must reproduce it byte for byte (make sqlite-wasm-check).
#
#   wasm/sqlite/build.sh [out.wasm]        (needs clang-19 and lld-19: apt-get install clang-19 lld-19)
#
# Inputs, each checked:
# - the amalgamation (sqlite3.c, sqlite3.h, sqlite3ext.h) from github.com/mattn/go-sqlite3 v1.14.53,
#   pinned with go-sqlite3-wasm and wasm2go in build/go.mod and go.sum. mattn's upgrade tool wraps
#   SQLite's amalgamation in `#ifndef USE_LIBSQLITE3 ... #else ... #endif` and includes
#   sqlite3-binding.h in sqlite3ext.h; both are undone here and the result checked by sha256.
#   Its SQLITE_SOURCE_ID is the translation's and its parser is the canonical one (no
#   SQLITE_ENABLE_UPDATE_DELETE_LIMIT), so go-sqlite3-wasm's three patches apply without offset.
# - build/ of go-sqlite3-wasm at the version the engine's go.mod names (main.c, sqlite_opt.h,
#   sqlite_cfg.h, the bindings, the patches, exports.txt), its libc from wasm2go's libc-gen.
# - ext/: decimal.c, ieee754.c, regexp.c, series.c, uint.c of SQLite's ext/misc, which the
#   amalgamation lacks: from Debian's sqlite3 3.53.4 source (sqlite3_3.53.4.orig.tar.xz, whose
#   manifest gives the SHA3-256 checked below), the closest release found (docs/performance.md).
# The flags are go-sqlite3-wasm's build.sh less -mwide-arithmetic (clang 19 lacks it; speed only)
# and less its test programs (mptest, speedtest1) and their exports; clang's version macros are
# set to the translation's so that `pragma compile_options` names the same COMPILER, and
# -ffile-prefix-map keeps the temporary directory's name out of the output should a __FILE__
# ever reach it. Debian's wasm-opt (binaryen 108) is not used: it made the module larger.
set -euo pipefail
out=$(realpath -m "${1:-$(dirname -- "$0")/sqlite3.wasm}")
cd -P -- "$(dirname -- "$0")"

dir() { (cd build && go mod download -json "$1" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p'); }
mattn=$(dir github.com/mattn/go-sqlite3)
wasm=$(dir github.com/ncruces/go-sqlite3-wasm/v6)
engine=$(cd ../.. && go list -m -f '{{.Version}}' github.com/ncruces/go-sqlite3-wasm/v6)
case "$wasm" in
*@"$engine") ;;
*) echo "build/go.mod pins $wasm, the engine links go-sqlite3-wasm $engine: update build/go.mod" >&2; exit 1 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$wasm/build" "$tmp/build"
chmod -R u+w "$tmp"
cd "$tmp/build"

unwrap() { sed -e '1{/^#ifndef USE_LIBSQLITE3$/d}' -e '/^#else \/\/ USE_LIBSQLITE3$/,$d' "$1"; }
unwrap "$mattn/sqlite3-binding.c" > sqlite3.c
unwrap "$mattn/sqlite3-binding.h" > sqlite3.h
unwrap "$mattn/sqlite3ext.h" | sed '/^#include "sqlite3-binding.h"$/{N;N;N;N;s/.*/#include "sqlite3.h"/}' > sqlite3ext.h
mkdir ext
cp "$OLDPWD"/ext/*.c ext/
sha256sum -c --quiet <<'EOF'
0c657666d819f261cc4007526ad57e1669de9949df7a8ea847aa284a2bf0ee52  sqlite3.c
d6c84557261893439b341d2e6c35187ae3ea24fbfd843ad94616f72d89242b8c  sqlite3.h
48963abfefb41ac329ef9d706acb5eadba952a99a748285c9ded6b5e0942721b  sqlite3ext.h
EOF
python3 - <<'EOF'
import hashlib, sys
want = {
    'decimal.c': '4168943bb0f605058167fc13a3219625f014cb9d30d9c1aed5ecf55e00a0ecfa',
    'ieee754.c': '2901d08a586d00a1d3c0fd89e03c57ee9e2b5f013b0daab9e49c7a48a9d5946b',
    'regexp.c': '9dada9e9aa91f0cc23e35429e5d1111f110cc201b4c8dcc49aa6d2fc4b2a865d',
    'series.c': 'fd82b5c14849b861a299a316b0c63bfd69f7249601ee9bcc6fda2317fec0f821',
    'uint.c': '327afc166058acf566f33a15bf47c869d2d3564612644d9ff81a23efc8b36039',
}
for f, h in want.items():
    if hashlib.sha3_256(open('ext/' + f, 'rb').read()).hexdigest() != h:
        sys.exit('ext/%s is not the one of SQLite 3.53.4\'s manifest' % f)
EOF
if patch -p0 --no-backup-if-mismatch < <(cat *.patch) | grep -i 'offset\|fuzz'; then
  echo "go-sqlite3-wasm's patches did not apply exactly: not the amalgamation they were made for" >&2
  exit 1
fi
(cd "$OLDPWD/build" && go tool libc-gen -c-out "$tmp/libc")

clang-19 --target=wasm32 -ffreestanding -nostdlib -std=c23 -g0 -Oz \
	-U__clang_major__ -U__clang_minor__ -U__clang_patchlevel__ -Wno-builtin-macro-redefined \
	-D__clang_major__=23 -D__clang_minor__=1 -D__clang_patchlevel__=0 \
	-ffile-prefix-map="$tmp"=. \
	-Wall -Wextra -Wno-unused-parameter -Wno-unused-function \
	-o "$out" main.c -I. -I../libc \
	-mexec-model=reactor \
	-mmutable-globals -mmultivalue \
	-mnontrapping-fptoint -msign-ext \
	-mreference-types -mbulk-memory \
	-mextended-const -mtail-call \
	-Wl,--stack-first \
	-Wl,--export-table \
	-Wl,--import-memory \
	-Wl,--import-undefined \
	-D_HAVE_SQLITE_CONFIG_H \
	-DSQLITE_CUSTOM_INCLUDE=sqlite_opt.h \
	$(grep -v '^main_mptest$\|^main_speedtest1$' exports.txt | awk '{print "-Wl,--export="$0}')
sha256sum "$out"
