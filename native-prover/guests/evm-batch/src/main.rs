//! evm-batch: an L2 sequencer's batch proof. Executes signed Ethereum transactions with revm against
//! the pre-state in the input and commits pre-state root, post-state root, batch hash, transaction
//! count and gas used (112 bytes; layout in evm-core). An invalid or failing transaction makes the
//! guest panic: a bad batch is never committed.
#![no_main]

use std::io::Read;

use risc0_zkvm::guest::env;

risc0_zkvm::guest::entry!(main);

fn main() {
    let mut input = Vec::new();
    env::stdin().read_to_end(&mut input).expect("read input");
    let batch = evm_core::decode_input(&input).unwrap_or_else(|e| panic!("evm-batch: {e}"));
    let outcome = evm_core::apply(&batch).unwrap_or_else(|e| panic!("evm-batch rejected: {e}"));
    env::commit_slice(&outcome.journal());
}
