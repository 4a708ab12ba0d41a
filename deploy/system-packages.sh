#!/usr/bin/env bash
# The system packages Wholesum needs beyond rustup and Node 20, checked before anything slow starts:
#   build-essential, pkg-config  RISC Zero's C++ kernels (the native build)
#   redis-server                 the coordinator's embedded store (demo, cluster, tests)
#   chromium (--tests only)      the dashboard's browser tests
# Missing ones are installed with apt-get when this runs as root or with passwordless sudo; otherwise
# it stops at once and prints the exact command to run. `npm run setup`, `npm run demo`, `npm test`
# (with --tests) and `.ci/run` all call it, so none of them depends on what another happened to install.
#
#   deploy/system-packages.sh            check, install what is missing when allowed
#   deploy/system-packages.sh --tests    the same, plus what `npm test` needs
#   WHOLESUM_INSTALL=never ...           check only: exit 1 with the command when something is missing
set -euo pipefail

need=()
{ command -v cc && command -v c++ && command -v make; } >/dev/null 2>&1 || need+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ "${1:-}" = --tests ] && [ -z "${WHOLESUM_CHROMIUM:-}" ]; then
  { command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1 || need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0

say() { echo "wholesum: $*" >&2; }
manual="sudo apt-get update && sudo apt-get install -y ${need[*]}"
stop() {
  say "missing system packages: ${need[*]} ($1)."
  say "install them, then run the same command again:"
  say "  $manual"
  exit 1
}

command -v apt-get >/dev/null 2>&1 || stop "no apt-get here: install the equivalents with this system's package manager"
[ "${WHOLESUM_INSTALL:-auto}" = never ] && stop "WHOLESUM_INSTALL=never"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  stop "not root and no passwordless sudo"
fi
say "installing ${need[*]} (apt-get)…"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >&2
