//! panic: a guest that fails, so every caller's failure path can be tested with a real guest.
#![no_main]

risc0_zkvm::guest::entry!(main);

fn main() {
    panic!("wholesum panic guest: deliberate failure");
}
