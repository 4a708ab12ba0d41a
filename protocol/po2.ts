/**
 * The segment sizes of the pinned RISC Zero release, for both roles: risc0-zkvm 3.1 proves segments
 * of 2^14 .. 2^22 cycles here. The native CLI has the same bounds (native-prover/prover/src/limits.rs,
 * reported by `wholesum-prover version`; a test checks that they agree).
 */
export const MIN_PO2 = 14;
export const MAX_PO2 = 22;
/** These split every guest pathologically with this release (po2 13 ~9x, 15 ~300x the segments): never planned. */
export const PATHOLOGICAL_PO2S: readonly number[] = [13, 15];

/** A po2 a job may be planned at. */
export const plannablePo2 = (po2: number): boolean => po2 >= MIN_PO2 && po2 <= MAX_PO2 && !PATHOLOGICAL_PO2S.includes(po2);
