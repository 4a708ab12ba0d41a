#!/usr/bin/env bash
# cargo, run in native-prover/ with the shared target dir outside the clone (a cold build is ~25 min,
# so every caller must reuse the same one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/wholesum/target}"
exec cargo "$@"
