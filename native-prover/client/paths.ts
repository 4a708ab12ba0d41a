import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The native-prover folder (Cargo workspace, guests, build script). */
export const nativeProverDir = resolve(here, '..');

/** Where `native-prover/build.sh` puts cargo output: outside the clone, so CI and clones reuse it. */
export function cargoTargetDir(): string {
  return process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache', 'wholesum', 'target');
}

function releaseBinary(name: string, envVar: string): string {
  return process.env[envVar] ?? join(cargoTargetDir(), 'release', name);
}

export const proverBin = (): string => releaseBinary('wholesum-prover', 'WHOLESUM_PROVER_BIN');
export const inputBin = (): string => releaseBinary('wholesum-input', 'WHOLESUM_INPUT_BIN');
export const receiptCheckBin = (): string => releaseBinary('receipt-check', 'WHOLESUM_RECEIPT_CHECK_BIN');
/** A stock RISC Zero Bonsai client (tests prove through the coordinator with it). */
export const bonsaiHostBin = (): string => releaseBinary('bonsai-host', 'WHOLESUM_BONSAI_HOST_BIN');

export const GUESTS = ['sha-chain', 'rollup-batch', 'evm-batch', 'panic'] as const;
export type GuestName = (typeof GUESTS)[number];

/** The sample guest ELFs `native-prover/guests/build.sh` writes. */
export function guestElf(name: GuestName): string {
  return join(process.env.WHOLESUM_GUEST_DIR ?? join(nativeProverDir, 'guests', 'out'), `${name}.elf`);
}

/** Everything the demo and tests need exists on disk. */
export function isBuilt(): boolean {
  return [proverBin(), inputBin(), receiptCheckBin(), bonsaiHostBin(), ...GUESTS.map(guestElf)].every((p) => existsSync(p));
}
