//! sha-chain: reads a u32 n and hashes a 32-byte state n times with SHA-256 (through the zkVM's
//! accelerator), so cycles grow linearly with n. Journal: n (u32 LE) then the final digest.
#![no_main]

use risc0_zkvm::guest::env;
use risc0_zkvm::sha::{Impl, Sha256};

risc0_zkvm::guest::entry!(main);

fn main() {
    let n: u32 = env::read();
    let mut state = [0u8; 32];
    for _ in 0..n {
        let next = *Impl::hash_bytes(&state);
        state.copy_from_slice(next.as_bytes());
    }
    env::commit_slice(&n.to_le_bytes());
    env::commit_slice(&state);
}
