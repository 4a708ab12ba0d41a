#!/usr/bin/env bash
# Build the guest programs for riscv32im-risc0-zkvm-elf with the pinned stock toolchain (no rzup):
# the same flags risc0-build passes. Output: native-prover/guests/out/<name>.elf (plain user ELFs;
# wholesum-prover wraps them with the v1compat kernel).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export CARGO_TARGET_DIR="${WHOLESUM_GUEST_TARGET_DIR:-$HOME/.cache/wholesum/guest-target}"
export RUSTC_BOOTSTRAP=1
# Fields joined by 0x1f, as cargo expects in CARGO_ENCODED_RUSTFLAGS.
sep=$'\x1f'
flags=(-C passes=lower-atomic -C link-arg=-Ttext=0x00200800 -C link-arg=--fatal-warnings -C panic=abort
       --cfg 'getrandom_backend="custom"')
# Panic locations embed source paths in the ELF, and so in the image id: map the checkout, the cargo
# registry and the toolchain's std sources to fixed names, so every machine builds the same image ids.
sysroot="$(rustc --print sysroot)"
flags+=(--remap-path-prefix="$here=/wholesum/guests"
        --remap-path-prefix="$(cd "$here/.." && pwd)=/wholesum/native-prover"
        --remap-path-prefix="${CARGO_HOME:-$HOME/.cargo}=/cargo"
        --remap-path-prefix="$(readlink -f "$sysroot")=/rustc"
        --remap-path-prefix="$sysroot=/rustc")
CARGO_ENCODED_RUSTFLAGS="$(IFS="$sep"; echo "${flags[*]}")"
export CARGO_ENCODED_RUSTFLAGS
unset RUSTFLAGS
# risc0-bigint2 refuses to build unless the toolchain says the zkVM has its accelerator (risc0-build
# sets this for every guest; the 3.x zkVM has it).
export RISC0_FEATURE_bigint2=
build() {
  cargo build --release --locked --target riscv32im-risc0-zkvm-elf \
    -Z build-std=alloc,core,proc_macro,panic_abort,std -Z build-std-features=compiler-builtins-mem "$@" >&2
}
# Two builds: features of shared crates unify across the packages of one build, so building
# evm-batch (revm) with the others would change their code, and so their image ids.
build -p sha-chain -p rollup-batch -p panic "$@"
build -p evm-batch "$@"
mkdir -p out
for g in sha-chain rollup-batch evm-batch panic; do
  cp "$CARGO_TARGET_DIR/riscv32im-risc0-zkvm-elf/release/$g" "out/$g.elf"
done
echo "$here/out"
