#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the browser test.
# Idempotent: does nothing when it is already there. Installing needs root (CI has it) or sudo.
# Never downloads a browser from anywhere but Debian's package archive.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-chromium: /usr/bin/chromium is missing and we are not root (no sudo either);" >&2
  echo "ensure-chromium: install it with 'apt-get install -y chromium' and run the test again." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: installing Debian's chromium (apt-get install -y chromium)" >&2
if ! "${SUDO[@]}" apt-get install -y --no-install-recommends chromium; then
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" apt-get install -y --no-install-recommends chromium
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing" >&2
  exit 1
fi
