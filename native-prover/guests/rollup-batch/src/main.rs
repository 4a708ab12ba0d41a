//! rollup-batch: applies a batch of secp256k1-signed transfers to accounts held in a Merkle tree and
//! commits old root, new root, batch hash and transfer count (100 bytes). Any invalid transfer
//! (bad signature, high s, key off the curve, nonce, balance) makes the guest panic: a bad batch is
//! never committed.
#![no_main]

mod secp256k1;

use std::io::Read;

use risc0_zkvm::guest::env;
use risc0_zkvm::sha::{Impl, Sha256};
use rollup_core::{Batch, Hasher};

risc0_zkvm::guest::entry!(main);

struct AcceleratedSha;

impl Hasher for AcceleratedSha {
    fn sha256(data: &[u8]) -> [u8; 32] {
        (*Impl::hash_bytes(data)).into()
    }
}

fn main() {
    let mut input = Vec::new();
    env::stdin().read_to_end(&mut input).expect("read input");
    let batch = Batch::decode(&input).unwrap_or_else(|e| panic!("rollup-batch: {e}"));
    let outcome = batch
        .apply::<AcceleratedSha, secp256k1::Accelerated>()
        .unwrap_or_else(|e| panic!("rollup-batch rejected: {e}"));
    env::commit_slice(&outcome.journal());
}
