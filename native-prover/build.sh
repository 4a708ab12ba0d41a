#!/usr/bin/env bash
# Build everything native: wholesum-prover, wholesum-input, receipt-check, bonsai-host (host, release) and the
# sample guests (riscv32im). Cargo output goes to $CARGO_TARGET_DIR, by default
# ~/.cache/wholesum/target, outside the clone so rebuilds and CI runs reuse it.
# A cold build takes ~25 minutes on 2 cores (RISC Zero's C++ kernels); warm rebuilds take seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
# A missing C++ toolchain or pkg-config must stop this now, not 10 minutes into the build.
../deploy/system-packages.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/wholesum/target}"
toolchain="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
if command -v rustup >/dev/null; then
  # The toolchain and rust-src are pinned so guest image ids are reproducible.
  rustup toolchain list | grep -q "^$toolchain" || rustup toolchain install "$toolchain" --profile minimal
  rustup component list --toolchain "$toolchain" --installed | grep -q '^rust-src' \
    || rustup component add rust-src --toolchain "$toolchain"
fi
echo "native-prover: building host binaries into $CARGO_TARGET_DIR" >&2
# --workspace here and in `npm run test:rust`: one feature set, so tests reuse the release artifacts.
./cargo.sh build --release --locked --workspace >&2
echo "native-prover: building guests" >&2
guests/build.sh >/dev/null
echo "native-prover: ready ($CARGO_TARGET_DIR/release/wholesum-prover, guests in $here/guests/out)" >&2
