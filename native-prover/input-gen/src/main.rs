//! wholesum-input: writes guest inputs (the exact bytes a guest reads) and prints, as JSON, the
//! journal the guest must commit, computed natively with the same rollup code the guest runs.
//!
//!   wholesum-input sha-chain --n N --out F
//!   wholesum-input rollup-batch --accounts A --transfers T --seed S --out F [--bad-signature K]
//!   wholesum-input evm-batch --accounts A --eth E --erc20 T --seed S --out F

use rollup_core::{Account, Batch, Hasher, Transfer, K256};
use sha2::{Digest, Sha256};

struct Software;

impl Hasher for Software {
    fn sha256(data: &[u8]) -> [u8; 32] {
        Sha256::digest(data).into()
    }
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn num(args: &[String], name: &str, default: u64) -> u64 {
    match flag(args, name) {
        None => default,
        Some(v) => v.parse().unwrap_or_else(|_| die(&format!("{name} must be a number"))),
    }
}

fn die(msg: &str) -> ! {
    println!("{}", serde_json::json!({ "error": { "code": "usage", "message": msg } }));
    std::process::exit(2);
}

/// Deterministic pseudo-randomness from a seed, so a (seed, size) pair always names the same batch.
fn derive(seed: u64, label: &str, i: u64) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(label.as_bytes());
    h.update(i.to_le_bytes());
    h.finalize().into()
}

pub fn rollup_batch(accounts: usize, transfers: usize, seed: u64, bad_signature: Option<usize>) -> Batch {
    // A derived 32 bytes is a valid scalar but for about one seed in 2^128; the retry index keeps the
    // key a function of (seed, i) all the same.
    let keys: Vec<_> = (0..accounts as u64)
        .map(|i| (0..).find_map(|retry| K256::key(&derive(seed, "key", i + (retry << 32)))).unwrap())
        .collect();
    let mut state: Vec<Account> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| Account {
            pubkey: K256::public_key(k),
            balance: 1_000_000
                + u64::from_le_bytes(derive(seed, "balance", i as u64)[..8].try_into().unwrap()) % 1_000_000,
            nonce: 0,
        })
        .collect();
    let initial = state.clone();
    let mut list = Vec::with_capacity(transfers);
    for i in 0..transfers as u64 {
        let r = derive(seed, "transfer", i);
        let from = (u32::from_le_bytes(r[0..4].try_into().unwrap()) as usize) % accounts;
        let mut to = (u32::from_le_bytes(r[4..8].try_into().unwrap()) as usize) % accounts;
        if to == from {
            to = (to + 1) % accounts;
        }
        let amount = 1 + u64::from_le_bytes(r[8..16].try_into().unwrap()) % 1000;
        let mut t = Transfer { from: from as u32, to: to as u32, amount, nonce: state[from].nonce, signature: [0; 64] };
        t.signature = K256::sign(&keys[from], &Software::sha256(&t.message()));
        if bad_signature == Some(i as usize) {
            t.signature[0] ^= 1;
        }
        state[from].balance -= amount;
        state[from].nonce += 1;
        state[to].balance += amount;
        list.push(t);
    }
    Batch { accounts: initial, transfers: list }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = flag(&args, "--out").unwrap_or_else(|| die("missing --out"));
    let (bytes, report) = match args.first().map(String::as_str) {
        Some("sha-chain") => {
            let n = num(&args, "--n", 100) as u32;
            let mut state = [0u8; 32];
            for _ in 0..n {
                state = Sha256::digest(state).into();
            }
            let mut journal = n.to_le_bytes().to_vec();
            journal.extend_from_slice(&state);
            (n.to_le_bytes().to_vec(), serde_json::json!({ "guest": "sha-chain", "n": n, "journal": hex::encode(journal) }))
        }
        Some("rollup-batch") => {
            let accounts = num(&args, "--accounts", 16) as usize;
            if accounts < 2 || !accounts.is_power_of_two() || accounts > rollup_core::MAX_ACCOUNTS {
                die("--accounts must be a power of two between 2 and 65536");
            }
            let transfers = num(&args, "--transfers", 4) as usize;
            let seed = num(&args, "--seed", 1);
            let bad = flag(&args, "--bad-signature").map(|v| v.parse().unwrap_or_else(|_| die("--bad-signature must be a number")));
            let batch = rollup_batch(accounts, transfers, seed, bad);
            let report = match batch.apply::<Software, K256>() {
                Ok(o) => serde_json::json!({
                    "guest": "rollup-batch", "accounts": accounts, "transfers": transfers, "seed": seed, "valid": true,
                    "old_root": hex::encode(o.old_root), "new_root": hex::encode(o.new_root),
                    "batch_hash": hex::encode(o.batch_hash), "journal": hex::encode(o.journal()),
                }),
                Err(e) => serde_json::json!({
                    "guest": "rollup-batch", "accounts": accounts, "transfers": transfers, "seed": seed, "valid": false,
                    "reason": e.to_string(),
                }),
            };
            (batch.encode(), report)
        }
        Some("evm-batch") => {
            let accounts = num(&args, "--accounts", 8) as usize;
            if !(2..=100_000).contains(&accounts) {
                die("--accounts must be between 2 and 100000");
            }
            let eth = num(&args, "--eth", 2) as usize;
            let erc20 = num(&args, "--erc20", 2) as usize;
            if eth + erc20 > evm_core::MAX_TXS {
                die(&format!("at most {} transactions", evm_core::MAX_TXS));
            }
            let seed = num(&args, "--seed", 1);
            let batch = evm_core::sample::batch(accounts, eth, erc20, seed);
            let report = match evm_core::apply(&batch) {
                Ok(o) => serde_json::json!({
                    "guest": "evm-batch", "accounts": accounts, "eth": eth, "erc20": erc20, "seed": seed, "valid": true,
                    "pre_root": hex::encode(o.pre_root), "post_root": hex::encode(o.post_root),
                    "batch_hash": hex::encode(o.batch_hash), "gas_used": o.gas_used, "journal": hex::encode(o.journal()),
                }),
                Err(e) => serde_json::json!({ "guest": "evm-batch", "valid": false, "reason": e.to_string() }),
            };
            (evm_core::encode_input(&batch), report)
        }
        _ => die("usage: wholesum-input sha-chain --n N --out F | rollup-batch --accounts A --transfers T --seed S --out F [--bad-signature K] | evm-batch --accounts A --eth E --erc20 T --seed S --out F"),
    };
    std::fs::write(&out, &bytes).unwrap_or_else(|e| die(&format!("cannot write {out}: {e}")));
    println!("{report}");
}
