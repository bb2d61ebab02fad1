#!/usr/bin/env bash
# Installs what the notebook's tests drive the app with, from Debian's archive: jupyter_client,
# nbclient, nbformat (python3) and nbconvert for the Jupyter-protocol and .ipynb tests, and chromium for the
# browser test. Idempotent: does nothing when they are there. Needs root (CI has it) or sudo.
set -euo pipefail

missing=()
/usr/bin/python3 -c 'import jupyter_client, nbclient, nbformat' 2>/dev/null ||
  missing+=(python3-jupyter-client python3-nbclient python3-nbformat)
[ -x /usr/bin/jupyter-nbconvert ] && [ -x /usr/bin/jupyter ] || missing+=(jupyter-core jupyter-nbconvert)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "notebook tests: missing ${missing[*]} and not root (no sudo): apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "notebook tests: installing ${missing[*]} (apt)" >&2
apt=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600)
if ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  "${apt[@]}" update -qq
  "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
