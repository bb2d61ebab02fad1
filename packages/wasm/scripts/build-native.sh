#!/usr/bin/env bash
# Builds LAPACK 3.11 and OpenBLAS 0.3.21 from Debian's source packages to WebAssembly with
# Debian's emscripten, producing dist-native/stride-lapack.{mjs,wasm}.
#
# Idempotent: sources and every intermediate live in a cache outside the repository, keyed by a
# hash of this recipe (this script and everything under native/), so a second run
# only copies the finished module. Environment:
#   STRIDE_CACHE_DIR   cache root (default: $HOME/.cache/stride)
#   STRIDE_JOBS        parallel compile jobs (default: 2)
#   STRIDE_FORCE=1     rebuild even when the cache holds a finished module
set -euo pipefail

PKG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NATIVE_DIR="$PKG_DIR/native"
OUT_DIR="$PKG_DIR/dist-native"
JOBS="${STRIDE_JOBS:-2}"
CACHE_ROOT="${STRIDE_CACHE_DIR:-$HOME/.cache/stride}/native"

# Debian versions this recipe was written against. If the mirror no longer carries them the
# current versions are used (with a warning): Debian stable only takes targeted fixes.
LAPACK_VERSION="3.11.0-2"
OPENBLAS_VERSION="0.3.21+ds-4"

START=$(date +%s)
stage() { printf '\n==> [%4ss] %s\n' "$(($(date +%s) - START))" "$*"; }
die() {
  echo "build-native: $*" >&2
  exit 1
}

# Debian's emcc loads Debian's acorn from here; its frozen cache must stay the default one.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
unset EM_CACHE

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# ---------------------------------------------------------------------------------------------
stage "tools"
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need emcc emscripten
need f2c f2c
need dpkg-source dpkg-dev
need gcc gcc
need cpp cpp
need make make
need llvm-nm llvm
need node nodejs
need gzip gzip
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
[ -f /usr/include/f2c.h ] || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq f2c
EMCC_VERSION="$(emcc --version | head -n1)"
echo "$EMCC_VERSION"

# ---------------------------------------------------------------------------------------------
# The recipe hash covers everything that decides the output. Paths are hashed relative to the
# package so the cache is shared between checkouts.
RECIPE_HASH="$(
  cd "$PKG_DIR"
  {
    find scripts/build-native.sh native -type f ! -name '*.o' | LC_ALL=C sort | xargs sha256sum
    echo "$EMCC_VERSION"
  } | sha256sum | cut -c1-16
)"
RECIPE_DIR="$CACHE_ROOT/$RECIPE_HASH"
DOWNLOADS="$CACHE_ROOT/downloads"
mkdir -p "$RECIPE_DIR" "$DOWNLOADS"
echo "recipe $RECIPE_HASH -> $RECIPE_DIR"

# The two slow stages are also cached on their own inputs only, so editing, say, the linker
# step or our C sources does not rebuild OpenBLAS (4-5 min) or re-translate LAPACK (3-4 min).
OPENBLAS_MAKE_ARGS="CC=emcc AR=emar RANLIB=emranlib HOSTCC=gcc TARGET=RISCV64_GENERIC \
NOFORTRAN=1 NO_LAPACK=1 NO_LAPACKE=1 NO_CBLAS=1 USE_THREAD=0 USE_OPENMP=0 NO_SHARED=1 NO_AFFINITY=1"
OPENBLAS_CFLAGS="-O3 -msimd128"
LAPACK_CFLAGS="-O3 -msimd128"
stage_key() { { cat "$@"; echo "$EMCC_VERSION $OPENBLAS_MAKE_ARGS $OPENBLAS_CFLAGS $LAPACK_CFLAGS"; } | sha256sum | cut -c1-16; }
OPENBLAS_DIR="$CACHE_ROOT/stages/openblas-$OPENBLAS_VERSION-$(stage_key "$NATIVE_DIR"/tools/configure-openblas.mjs "$NATIVE_DIR"/kernels/*.c)"
LAPACK_DIR="$CACHE_ROOT/stages/lapack-$LAPACK_VERSION-$(stage_key "$NATIVE_DIR"/tools/fix-fortran.mjs "$NATIVE_DIR"/tools/build-lapack.mjs)"

install_outputs() {
  mkdir -p "$OUT_DIR"
  for f in stride-lapack.mjs stride-lapack.wasm manifest.json; do
    cp -f "$RECIPE_DIR/out/$f" "$OUT_DIR/$f"
  done
}

if [ -f "$RECIPE_DIR/out/.complete" ] && [ "${STRIDE_FORCE:-0}" != 1 ]; then
  stage "cached build found: copying to dist-native/"
  install_outputs
  stage "done (cached)"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
stage "sources: apt-get source lapack openblas"
have_deb_src() {
  grep -Eqs '^[[:space:]]*deb-src[[:space:]]|^Types:.*deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources
}
if ! ls "$DOWNLOADS"/lapack_*.dsc "$DOWNLOADS"/openblas_*.dsc >/dev/null 2>&1; then
  if ! have_deb_src; then
    # Mirror the machine's own binary sources as source sources, in a file of our own.
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        as_root tee /etc/apt/sources.list.d/stride-deb-src.sources >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
      grep -E '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list | sed -E 's/^([[:space:]]*)deb /\1deb-src /' |
        as_root tee /etc/apt/sources.list.d/stride-deb-src.list >/dev/null
    else
      die "no apt sources found to derive a deb-src entry from"
    fi
    as_root apt-get update -qq
  fi
  (
    cd "$DOWNLOADS"
    # apt-get source runs as the invoking user; it only downloads and verifies here.
    apt-get source --download-only "lapack=$LAPACK_VERSION" "openblas=$OPENBLAS_VERSION" ||
      {
        echo "warning: pinned versions unavailable, fetching the current ones" >&2
        apt-get source --download-only lapack openblas
      }
  )
fi
LAPACK_DSC="$(ls "$DOWNLOADS"/lapack_*.dsc | sort -V | tail -n1)"
OPENBLAS_DSC="$(ls "$DOWNLOADS"/openblas_*.dsc | sort -V | tail -n1)"
echo "using $(basename "$LAPACK_DSC") and $(basename "$OPENBLAS_DSC")"

mkdir -p "$OPENBLAS_DIR" "$LAPACK_DIR"
if [ ! -f "$LAPACK_DIR/.extracted" ]; then
  rm -rf "$LAPACK_DIR/src"
  dpkg-source -x "$LAPACK_DSC" "$LAPACK_DIR/src" >"$LAPACK_DIR/extract.log" 2>&1 ||
    die "dpkg-source failed: $(cat "$LAPACK_DIR/extract.log")"
  touch "$LAPACK_DIR/.extracted"
fi
if [ ! -f "$OPENBLAS_DIR/.extracted" ]; then
  rm -rf "$OPENBLAS_DIR/src"
  dpkg-source -x "$OPENBLAS_DSC" "$OPENBLAS_DIR/src" >"$OPENBLAS_DIR/extract.log" 2>&1 ||
    die "dpkg-source failed: $(cat "$OPENBLAS_DIR/extract.log")"
  touch "$OPENBLAS_DIR/.extracted"
fi

# ---------------------------------------------------------------------------------------------
stage "OpenBLAS: BLAS in four precisions (RISCV64_GENERIC C kernels + our SIMD128 gemm kernels)"
OB="$OPENBLAS_DIR/src"
if [ ! -f "$OB/.stride-patched" ]; then
  node "$NATIVE_DIR/tools/configure-openblas.mjs" "$OB" || die "could not adapt OpenBLAS's sources to emscripten"
  # Our kernels (named by the edited KERNEL.RISCV64_GENERIC) go where OpenBLAS looks for them.
  cp "$NATIVE_DIR"/kernels/*.c "$OB/kernel/riscv64/"
  touch "$OB/.stride-patched"
fi
OPENBLAS_LIB="$OPENBLAS_DIR/lib/libopenblas.a"
if [ ! -f "$OPENBLAS_LIB" ]; then
  # OpenBLAS has no emscripten target: it is built as RISC-V "generic" (plain C kernels), with
  # gcc for the host-side configuration tools and emcc for the library.
  (
    cd "$OB"
    # shellcheck disable=SC2086 # word splitting of the argument list is intended
    make libs -j"$JOBS" $OPENBLAS_MAKE_ARGS COMMON_OPT="$OPENBLAS_CFLAGS" >"$OPENBLAS_DIR/build.log" 2>&1 &
    pid=$!
    # make prints one line per object; report progress from the log instead.
    while kill -0 "$pid" 2>/dev/null; do
      sleep 20
      echo "  OpenBLAS: $(grep -c -- ' -c ' "$OPENBLAS_DIR/build.log" || true) objects compiled"
    done
    wait "$pid" || {
      tail -n 40 "$OPENBLAS_DIR/build.log" >&2
      die "OpenBLAS build failed (log: $OPENBLAS_DIR/build.log)"
    }
  )
  mkdir -p "$OPENBLAS_DIR/lib"
  cp -L "$OB"/libopenblas.a "$OPENBLAS_LIB.tmp"
  mv "$OPENBLAS_LIB.tmp" "$OPENBLAS_LIB"
fi
echo "$(basename "$OPENBLAS_LIB"): $(stat -c %s "$OPENBLAS_LIB") bytes"

# ---------------------------------------------------------------------------------------------
stage "LAPACK: f2c translation and emcc compilation"
STRIDE_CFLAGS="$LAPACK_CFLAGS" node "$NATIVE_DIR/tools/build-lapack.mjs" "$LAPACK_DIR/src" "$LAPACK_DIR/build" "$NATIVE_DIR" "$JOBS"

stage "our C sources (xerbla, f2c runtime, Fortran 90 replacements)"
NOBJ="$RECIPE_DIR/native-obj"
mkdir -p "$NOBJ"
for c in "$NATIVE_DIR"/src/*.c; do
  o="$NOBJ/$(basename "$c" .c).o"
  [ -f "$o" ] || emcc $LAPACK_CFLAGS -Wall -Werror -I"$LAPACK_DIR/build/include" -c "$c" -o "$o"
done

# ---------------------------------------------------------------------------------------------
stage "link"
mkdir -p "$RECIPE_DIR/out"
node "$NATIVE_DIR/tools/link-lapack.mjs" "$LAPACK_DIR/build" "$NOBJ" "$OPENBLAS_LIB" "$RECIPE_DIR/out"

WASM_BYTES=$(stat -c %s "$RECIPE_DIR/out/stride-lapack.wasm")
WASM_GZIP=$(gzip -9 -c "$RECIPE_DIR/out/stride-lapack.wasm" | wc -c)
node -e '
const [out, lapackBuild, lapack, openblas, emcc, bytes, gz, secs] = process.argv.slice(1);
const fs = require("node:fs");
const lines = (f) => fs.readFileSync(f, "utf8").split("\n").filter(Boolean);
const exportsList = JSON.parse(fs.readFileSync(`${out}/exports.json`, "utf8"));
fs.writeFileSync(`${out}/manifest.json`, JSON.stringify({
  lapack, openblas, emcc,
  wasmBytes: Number(bytes), wasmGzipBytes: Number(gz), buildSeconds: Number(secs),
  exports: exportsList.length,
  notTranslated: lines(`${lapackBuild}/skipped.txt`),
  leftOut: lines(`${out}/left-out.txt`),
}, null, 1) + "\n");
' "$RECIPE_DIR/out" "$LAPACK_DIR/build" "$(basename "$LAPACK_DSC" .dsc)" "$(basename "$OPENBLAS_DSC" .dsc)" "$EMCC_VERSION" \
  "$WASM_BYTES" "$WASM_GZIP" "$(($(date +%s) - START))"
touch "$RECIPE_DIR/out/.complete"

install_outputs
stage "done: dist-native/stride-lapack.wasm $WASM_BYTES bytes ($WASM_GZIP gzip)"
