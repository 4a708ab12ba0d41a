//! Defaults and bounds in one place.

use crate::error::{CliError, CliResult};

/// The same bounds as protocol/po2.ts (native-prover/test/cli.test.ts checks that they agree).
/// risc0-zkvm 3.1 proves segments of 2^14 .. 2^22 cycles (`MIN_CYCLES_PO2` + 1 .. `DEFAULT_MAX_PO2`);
/// po2 13 is accepted by the crate but splits every guest pathologically.
pub const MIN_PO2: u32 = 14;
pub const MAX_PO2: u32 = 22;
pub const DEFAULT_PO2: u32 = 20;
/// ~30 s of execution here; stops a guest that never halts.
pub const DEFAULT_CYCLE_LIMIT: u64 = 1 << 31;
/// Padded cycles proven per user cycle above which a split is refused. Measured: po2 14 inflates a
/// Rust guest ~9x, po2 15 ~300x (pathological), po2 16-20 1.3-2.9x.
pub const DEFAULT_MAX_INFLATION: f64 = 16.0;

pub fn check_po2(po2: u32) -> CliResult<u32> {
    if (MIN_PO2..=MAX_PO2).contains(&po2) {
        Ok(po2)
    } else {
        Err(CliError::bad("invalid_po2", format!("po2 {po2} is out of range; use {MIN_PO2}..={MAX_PO2}")))
    }
}
