#!/usr/bin/env bash
# The main job: installs what is missing, builds every package, and runs the demo that exercises
# every Stride package and prints its results.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"
bash scripts/setup.sh
printf '\n\033[1m==> building packages\033[0m\n'
pnpm exec turbo run build --output-logs=new-only
printf '\n\033[1m==> running the demo\033[0m\n'
pnpm --filter @stride/demo run demo
