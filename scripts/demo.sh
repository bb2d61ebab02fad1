#!/usr/bin/env bash
# The main job: installs what is missing, builds every package, and starts the Stride notebook on
# 127.0.0.1 with the example notebooks (their copies live in apps/notebook/workspace/, so your
# edits survive a second run). Prints the URL to open.
#
#   bash scripts/demo.sh            serve the notebook (Ctrl+C stops it)
#   bash scripts/demo.sh --check    non-interactive: execute every example headlessly, start the
#                                   server, check that it answers, stop it (also what happens
#                                   when stdout is not a terminal, or CI is set)
#
# Also installs the Jupyter kernelspec 'stride' for this user, so JupyterLab, VS Code and
# `jupyter nbconvert --execute --ExecutePreprocessor.kernel_name=stride` run Stride cells.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"

mode=serve
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --serve) mode=serve-forced ;;
    *) echo "usage: bash scripts/demo.sh [--check | --serve]" >&2; exit 2 ;;
  esac
done
if [ "$mode" = serve ] && { [ -n "${CI:-}" ] || [ ! -t 1 ]; }; then mode=check; fi

bash scripts/setup.sh
printf '\n\033[1m==> building packages\033[0m\n'
pnpm exec turbo run build --output-logs=new-only

nb=apps/notebook
cli=(node "$nb/bin/stride-notebook.mjs")
"${cli[@]}" kernel install

if [ "$mode" = check ]; then
  printf '\n\033[1m==> executing the example notebooks headlessly\033[0m\n'
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"; [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true' EXIT
  cp "$nb"/examples/*.ipynb "$tmp"/
  "${cli[@]}" run --timeout 120 "$tmp"/*.ipynb
  printf '\n\033[1m==> starting the notebook server, checking it answers, stopping it\033[0m\n'
  "${cli[@]}" "$tmp" --port 0 >"$tmp/server.log" 2>&1 &
  server_pid=$!
  url=''
  for _ in $(seq 1 150); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*/?token=[A-Za-z0-9_-]*' "$tmp/server.log" || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.2
  done
  [ -n "$url" ] || { echo "the server printed no URL" >&2; cat "$tmp/server.log" >&2; exit 1; }
  base=${url%%/?token=*}
  token=${url##*token=}
  curl -fsS -o /dev/null "$url"
  files=$(curl -fsS -H "Authorization: token $token" "$base/api/files")
  echo "server at $base lists: $files"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=''
  echo 'Demo check finished: the examples ran and the notebook server answered.'
  exit 0
fi

# Serve: the examples are copied once into the workspace (never over your edits) and executed
# headlessly the first time, so they open with their figures.
work="$nb/workspace"
mkdir -p "$work"
fresh=()
for f in "$nb"/examples/*.ipynb; do
  target="$work/$(basename "$f")"
  if [ ! -e "$target" ]; then
    cp "$f" "$target"
    fresh+=("$target")
  fi
done
if [ ${#fresh[@]} -gt 0 ]; then
  printf '\n\033[1m==> running the new example notebooks once (outputs saved into them)\033[0m\n'
  "${cli[@]}" run --allow-errors --timeout 120 "${fresh[@]}" || true
fi
printf '\n\033[1m==> starting the Stride notebook (Ctrl+C stops it)\033[0m\n'
exec "${cli[@]}" "$work"
