//! The `rollup-batch` state transition: accounts in a binary Merkle tree, a batch of ed25519-signed
//! transfers applied in order. The guest and the native input generator run this same code, so the
//! journal a proof commits can be checked against a root computed natively.
//!
//! Hashing is a parameter because the guest uses RISC Zero's SHA-256 accelerator and the host uses
//! a software SHA-256; both are SHA-256, so roots agree.
#![no_std]
extern crate alloc;

use alloc::vec::Vec;
use core::fmt;

use ed25519_dalek::{Signature, VerifyingKey};

pub const MAGIC: &[u8; 4] = b"WRB1";
pub const MAX_ACCOUNTS: usize = 1 << 16;
pub const MAX_TRANSFERS: usize = 1 << 16;
pub const DOMAIN: &[u8] = b"wholesum-rollup-transfer-v1";
const ACCOUNT_BYTES: usize = 32 + 8 + 8;
const TRANSFER_BYTES: usize = 4 + 4 + 8 + 8 + 64;

pub trait Hasher {
    fn sha256(data: &[u8]) -> [u8; 32];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub pubkey: [u8; 32],
    pub balance: u64,
    pub nonce: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub from: u32,
    pub to: u32,
    pub amount: u64,
    pub nonce: u64,
    pub signature: [u8; 64],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batch {
    pub accounts: Vec<Account>,
    pub transfers: Vec<Transfer>,
}

/// What the guest commits: 32 + 32 + 32 + 4 bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub old_root: [u8; 32],
    pub new_root: [u8; 32],
    pub batch_hash: [u8; 32],
    pub transfers: u32,
}

#[derive(Debug, PartialEq, Eq)]
pub enum RollupError {
    Malformed(&'static str),
    UnknownAccount { transfer: usize },
    BadNonce { transfer: usize, expected: u64, got: u64 },
    InsufficientBalance { transfer: usize },
    BadPublicKey { transfer: usize },
    BadSignature { transfer: usize },
}

impl fmt::Display for RollupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RollupError::Malformed(why) => write!(f, "malformed batch: {why}"),
            RollupError::UnknownAccount { transfer } => write!(f, "transfer {transfer}: unknown account"),
            RollupError::BadNonce { transfer, expected, got } => {
                write!(f, "transfer {transfer}: nonce {got}, expected {expected}")
            }
            RollupError::InsufficientBalance { transfer } => write!(f, "transfer {transfer}: insufficient balance"),
            RollupError::BadPublicKey { transfer } => {
                write!(f, "transfer {transfer}: sender key is not a valid ed25519 point")
            }
            RollupError::BadSignature { transfer } => write!(f, "transfer {transfer}: bad signature"),
        }
    }
}

impl Transfer {
    /// The bytes the sender signs: domain-separated, fixed width.
    pub fn message(&self) -> [u8; DOMAIN.len() + 24] {
        let mut m = [0u8; DOMAIN.len() + 24];
        m[..DOMAIN.len()].copy_from_slice(DOMAIN);
        let rest = &mut m[DOMAIN.len()..];
        rest[0..4].copy_from_slice(&self.from.to_le_bytes());
        rest[4..8].copy_from_slice(&self.to.to_le_bytes());
        rest[8..16].copy_from_slice(&self.amount.to_le_bytes());
        rest[16..24].copy_from_slice(&self.nonce.to_le_bytes());
        m
    }

    fn encode_into(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.from.to_le_bytes());
        out.extend_from_slice(&self.to.to_le_bytes());
        out.extend_from_slice(&self.amount.to_le_bytes());
        out.extend_from_slice(&self.nonce.to_le_bytes());
        out.extend_from_slice(&self.signature);
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], RollupError> {
        if self.0.len() < n {
            return Err(RollupError::Malformed("truncated"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, RollupError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Result<u64, RollupError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], RollupError> {
        Ok(self.take(N)?.try_into().unwrap())
    }
}

impl Batch {
    pub fn encode(&self) -> Vec<u8> {
        let mut out =
            Vec::with_capacity(12 + self.accounts.len() * ACCOUNT_BYTES + self.transfers.len() * TRANSFER_BYTES);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.accounts.len() as u32).to_le_bytes());
        for a in &self.accounts {
            out.extend_from_slice(&a.pubkey);
            out.extend_from_slice(&a.balance.to_le_bytes());
            out.extend_from_slice(&a.nonce.to_le_bytes());
        }
        out.extend_from_slice(&(self.transfers.len() as u32).to_le_bytes());
        for t in &self.transfers {
            t.encode_into(&mut out);
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, RollupError> {
        let mut r = Reader(bytes);
        if r.take(4)? != MAGIC {
            return Err(RollupError::Malformed("bad magic"));
        }
        let n = r.u32()? as usize;
        if n == 0 || n > MAX_ACCOUNTS || !n.is_power_of_two() {
            return Err(RollupError::Malformed("account count must be a power of two up to 65536"));
        }
        let mut accounts = Vec::with_capacity(n);
        for _ in 0..n {
            accounts.push(Account { pubkey: r.array()?, balance: r.u64()?, nonce: r.u64()? });
        }
        let m = r.u32()? as usize;
        if m > MAX_TRANSFERS {
            return Err(RollupError::Malformed("too many transfers"));
        }
        let mut transfers = Vec::with_capacity(m);
        for _ in 0..m {
            transfers.push(Transfer {
                from: r.u32()?,
                to: r.u32()?,
                amount: r.u64()?,
                nonce: r.u64()?,
                signature: r.array()?,
            });
        }
        if !r.0.is_empty() {
            return Err(RollupError::Malformed("trailing bytes"));
        }
        Ok(Batch { accounts, transfers })
    }

    pub fn batch_hash<H: Hasher>(&self) -> [u8; 32] {
        let mut bytes = Vec::with_capacity(self.transfers.len() * TRANSFER_BYTES);
        for t in &self.transfers {
            t.encode_into(&mut bytes);
        }
        H::sha256(&bytes)
    }

    /// Check every transfer and apply the batch; any invalid transfer rejects the whole batch.
    pub fn apply<H: Hasher>(&self) -> Result<Outcome, RollupError> {
        let old_root = merkle_root::<H>(&self.accounts);
        let mut accounts = self.accounts.clone();
        for (i, t) in self.transfers.iter().enumerate() {
            let (from, to) = (t.from as usize, t.to as usize);
            if from >= accounts.len() || to >= accounts.len() {
                return Err(RollupError::UnknownAccount { transfer: i });
            }
            let sender = &accounts[from];
            if t.nonce != sender.nonce {
                return Err(RollupError::BadNonce { transfer: i, expected: sender.nonce, got: t.nonce });
            }
            if sender.balance < t.amount {
                return Err(RollupError::InsufficientBalance { transfer: i });
            }
            let key =
                VerifyingKey::from_bytes(&sender.pubkey).map_err(|_| RollupError::BadPublicKey { transfer: i })?;
            key.verify_strict(&t.message(), &Signature::from_bytes(&t.signature))
                .map_err(|_| RollupError::BadSignature { transfer: i })?;
            accounts[from].balance -= t.amount;
            accounts[from].nonce += 1;
            accounts[to].balance =
                accounts[to].balance.checked_add(t.amount).ok_or(RollupError::Malformed("balance overflow"))?;
        }
        Ok(Outcome {
            old_root,
            new_root: merkle_root::<H>(&accounts),
            batch_hash: self.batch_hash::<H>(),
            transfers: self.transfers.len() as u32,
        })
    }
}

impl Outcome {
    pub fn journal(&self) -> [u8; 100] {
        let mut j = [0u8; 100];
        j[0..32].copy_from_slice(&self.old_root);
        j[32..64].copy_from_slice(&self.new_root);
        j[64..96].copy_from_slice(&self.batch_hash);
        j[96..100].copy_from_slice(&self.transfers.to_le_bytes());
        j
    }
}

pub fn leaf_hash<H: Hasher>(a: &Account) -> [u8; 32] {
    let mut buf = [0u8; 1 + ACCOUNT_BYTES];
    buf[0] = 0; // leaf domain
    buf[1..33].copy_from_slice(&a.pubkey);
    buf[33..41].copy_from_slice(&a.balance.to_le_bytes());
    buf[41..49].copy_from_slice(&a.nonce.to_le_bytes());
    H::sha256(&buf)
}

/// Root of the binary Merkle tree over the accounts (count is a power of two).
pub fn merkle_root<H: Hasher>(accounts: &[Account]) -> [u8; 32] {
    let mut level: Vec<[u8; 32]> = accounts.iter().map(leaf_hash::<H>).collect();
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|pair| {
                let mut buf = [0u8; 65];
                buf[0] = 1; // node domain
                buf[1..33].copy_from_slice(&pair[0]);
                buf[33..65].copy_from_slice(&pair[1]);
                H::sha256(&buf)
            })
            .collect();
    }
    level[0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use ed25519_dalek::{Signer, SigningKey};
    use sha2::Digest;

    struct Soft;
    impl Hasher for Soft {
        fn sha256(data: &[u8]) -> [u8; 32] {
            sha2::Sha256::digest(data).into()
        }
    }

    fn keys(n: u8) -> Vec<SigningKey> {
        (0..n).map(|i| SigningKey::from_bytes(&[i + 1; 32])).collect()
    }

    fn batch() -> Batch {
        let k = keys(4);
        let accounts =
            k.iter().map(|k| Account { pubkey: k.verifying_key().to_bytes(), balance: 100, nonce: 0 }).collect();
        let mut transfers = vec![
            Transfer { from: 0, to: 1, amount: 30, nonce: 0, signature: [0; 64] },
            Transfer { from: 0, to: 2, amount: 20, nonce: 1, signature: [0; 64] },
            Transfer { from: 3, to: 0, amount: 100, nonce: 0, signature: [0; 64] },
        ];
        for t in transfers.iter_mut() {
            t.signature = k[t.from as usize].sign(&t.message()).to_bytes();
        }
        Batch { accounts, transfers }
    }

    #[test]
    fn encode_decode_round_trip() {
        let b = batch();
        assert_eq!(Batch::decode(&b.encode()).unwrap(), b);
    }

    #[test]
    fn malformed_inputs_are_rejected() {
        let bytes = batch().encode();
        for cut in [0, 3, 4, 8, 20, bytes.len() - 1] {
            assert!(matches!(Batch::decode(&bytes[..cut]), Err(RollupError::Malformed(_))), "cut at {cut}");
        }
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(Batch::decode(&trailing), Err(RollupError::Malformed("trailing bytes")));
        let mut three = bytes.clone();
        three[4] = 3; // not a power of two
        assert!(Batch::decode(&three).is_err());
    }

    #[test]
    fn apply_moves_balances_and_changes_the_root() {
        let b = batch();
        let out = b.apply::<Soft>().unwrap();
        let mut after = b.accounts.clone();
        after[0].balance = 150;
        after[0].nonce = 2;
        after[1].balance = 130;
        after[2].balance = 120;
        after[3].balance = 0;
        after[3].nonce = 1;
        assert_eq!(out.old_root, merkle_root::<Soft>(&b.accounts));
        assert_eq!(out.new_root, merkle_root::<Soft>(&after));
        assert_ne!(out.old_root, out.new_root);
        assert_eq!(out.transfers, 3);
        assert_eq!(&out.journal()[32..64], &out.new_root);
    }

    #[test]
    fn invalid_transfers_reject_the_batch() {
        let mut b = batch();
        b.transfers[1].signature[5] ^= 1;
        assert_eq!(b.apply::<Soft>(), Err(RollupError::BadSignature { transfer: 1 }));

        let mut b = batch();
        b.transfers[1].amount = 21; // signed for 20
        assert_eq!(b.apply::<Soft>(), Err(RollupError::BadSignature { transfer: 1 }));

        let mut b = batch();
        b.transfers.swap(0, 1);
        assert!(matches!(b.apply::<Soft>(), Err(RollupError::BadNonce { transfer: 0, .. })));

        let mut b = batch();
        b.transfers[0].to = 9;
        assert_eq!(b.apply::<Soft>(), Err(RollupError::UnknownAccount { transfer: 0 }));

        let mut b = batch();
        b.accounts[3].balance = 99;
        assert_eq!(b.apply::<Soft>(), Err(RollupError::InsufficientBalance { transfer: 2 }));
    }

    #[test]
    fn merkle_root_matches_a_hand_computed_two_leaf_tree() {
        let b = batch();
        let two = &b.accounts[..2];
        let (l, r) = (leaf_hash::<Soft>(&two[0]), leaf_hash::<Soft>(&two[1]));
        let mut node = vec![1u8];
        node.extend_from_slice(&l);
        node.extend_from_slice(&r);
        assert_eq!(merkle_root::<Soft>(two), Soft::sha256(&node));
    }
}
