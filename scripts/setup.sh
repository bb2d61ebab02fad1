#!/usr/bin/env bash
# Installs what the workspace needs on a fresh Debian machine with Node >= 20: pnpm (pinned in
# package.json), clang-14 + lld-14 (the wasm32 compiler of @stride/ndarray's kernels) and the JS
# dependencies. The other native toolchains (emscripten, f2c) are installed by the native build
# itself, only when its cache is cold. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Stride needs Node >= 20 (found $(node --version))" >&2
  exit 1
fi

want_pnpm=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want_pnpm" ]; then
  step "installing pnpm $want_pnpm"
  if [ "$(id -u)" = 0 ] || [ -w "$(npm prefix -g)/lib" ]; then
    npm install -g --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
  else
    npm install -g --prefix "$HOME/.local" --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
    export PATH="$HOME/.local/bin:$PATH"
  fi
fi

# clang-14/lld-14 here, before the parallel builds, so two package builds never run apt at once.
if ! command -v clang-14 >/dev/null 2>&1 || ! command -v wasm-ld-14 >/dev/null 2>&1; then
  step "installing clang-14 and lld-14 (apt)"
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo -n)
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq clang-14 lld-14 >/dev/null
fi

step "installing workspace dependencies (pnpm $(pnpm --version))"
CI=true pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -v '^Progress' || true
test -d node_modules/.pnpm || { echo "pnpm install failed" >&2; exit 1; }
