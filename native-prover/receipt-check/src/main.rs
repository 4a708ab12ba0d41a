//! receipt-check: a plain RISC Zero host program with no Wholesum code. It reads a receipt file as
//! `risc0_zkvm::Receipt` (bincode, as Bonsai clients do) and calls `Receipt::verify(image_id)`.
//! It exists to prove that Wholesum's final receipts are ordinary RISC Zero receipts.
//!
//! usage: receipt-check <receipt-file> <image-id-hex>
//! prints the journal as hex on success; exits 1 with the reason otherwise.

use risc0_zkvm::{Digest, Receipt};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: receipt-check <receipt-file> <image-id-hex>");
        std::process::exit(2);
    }
    let bytes = std::fs::read(&args[1]).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", args[1])));
    let receipt: Receipt = bincode::deserialize(&bytes).unwrap_or_else(|e| fail(&format!("not a Receipt: {e}")));
    let id_bytes = hex::decode(&args[2]).unwrap_or_else(|e| fail(&format!("bad image id: {e}")));
    let image_id = Digest::try_from(id_bytes.as_slice()).unwrap_or_else(|_| fail("image id must be 32 bytes"));
    match receipt.verify(image_id) {
        Ok(()) => println!("{}", hex::encode(&receipt.journal.bytes)),
        Err(e) => fail(&format!("verification failed: {e}")),
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("receipt-check: {msg}");
    std::process::exit(1);
}
