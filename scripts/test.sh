#!/usr/bin/env bash
# Runs every test: installs what is missing, builds every package (native wasm builds come from a
# cache outside the repo when warm), type-checks, lints, and runs each package's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.local/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
start=$(date +%s)

bash scripts/setup.sh
step "building packages"
pnpm exec turbo run build --output-logs=new-only
step "type-checking"
pnpm exec turbo run typecheck --output-logs=errors-only
step "linting (biome, publint, attw)"
pnpm exec biome check . --reporter=summary
pnpm exec turbo run lint --output-logs=errors-only
step "running tests"
rm -f packages/*/test-results.json apps/*/test-results.json bench/test-results.json docs/test-results.json
status=0
pnpm exec turbo run test --output-logs=full --concurrency=1 || status=$?
node scripts/summarize-tests.mjs
echo "total time: $(( $(date +%s) - start )) s"
exit $status
