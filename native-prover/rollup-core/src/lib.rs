//! The `rollup-batch` state transition: accounts in a binary Merkle tree, a batch of transfers signed
//! with secp256k1 ECDSA (the curve Ethereum L2s use) applied in order. The guest and the native input
//! generator run this same code, so the journal a proof commits can be checked against a root
//! computed natively.
//!
//! Hashing and signature checking are parameters because the guest uses RISC Zero's SHA-256 and
//! bigint2 (elliptic-curve) accelerators while the host uses software (`k256`); both implement the
//! same functions, so roots and verdicts agree.
#![no_std]
extern crate alloc;

use alloc::vec::Vec;
use core::fmt;

#[cfg(any(test, feature = "k256"))]
mod software;
#[cfg(any(test, feature = "k256"))]
pub use software::K256;

pub const MAGIC: &[u8; 4] = b"WRB2";
pub const MAX_ACCOUNTS: usize = 1 << 16;
pub const MAX_TRANSFERS: usize = 1 << 16;
pub const DOMAIN: &[u8] = b"wholesum-rollup-transfer-v2";
const ACCOUNT_BYTES: usize = 64 + 8 + 8;
const TRANSFER_BYTES: usize = 4 + 4 + 8 + 8 + 64;

pub trait Hasher {
    fn sha256(data: &[u8]) -> [u8; 32];
}

/// Why a signature check failed.
#[derive(Debug, PartialEq, Eq)]
pub enum SigError {
    /// The key is not a point on secp256k1.
    BadKey,
    /// The signature does not verify (r or s out of range included).
    BadSignature,
}

/// secp256k1 ECDSA over a 32-byte prehash. `pubkey` is the uncompressed point x ‖ y and `sig` is
/// r ‖ s, all big-endian. Implementations need not check low-s: [`Batch::apply`] does, so a
/// signature has exactly one valid encoding.
pub trait Verifier {
    fn verify(pubkey: &[u8; 64], prehash: &[u8; 32], sig: &[u8; 64]) -> Result<(), SigError>;
}

/// The secp256k1 group order n, big-endian.
pub const SECP256K1_ORDER: [u8; 32] = [
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xBA, 0xAE, 0xDC,
    0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
];

/// The secp256k1 field prime p, big-endian.
pub const SECP256K1_PRIME: [u8; 32] = [
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFC, 0x2F,
];

/// The secp256k1 generator G = (x, y), big-endian.
pub const SECP256K1_G: [u8; 64] = [
    0x79, 0xBE, 0x66, 0x7E, 0xF9, 0xDC, 0xBB, 0xAC, 0x55, 0xA0, 0x62, 0x95, 0xCE, 0x87, 0x0B, 0x07, 0x02, 0x9B, 0xFC,
    0xDB, 0x2D, 0xCE, 0x28, 0xD9, 0x59, 0xF2, 0x81, 0x5B, 0x16, 0xF8, 0x17, 0x98, 0x48, 0x3A, 0xDA, 0x77, 0x26, 0xA3,
    0xC4, 0x65, 0x5D, 0xA4, 0xFB, 0xFC, 0x0E, 0x11, 0x08, 0xA8, 0xFD, 0x17, 0xB4, 0x48, 0xA6, 0x85, 0x54, 0x19, 0x9C,
    0x47, 0xD0, 0x8F, 0xFB, 0x10, 0xD4, 0xB8,
];

/// n / 2 (rounded down), big-endian: the largest s a signature may carry.
pub const SECP256K1_HALF_ORDER: [u8; 32] = [
    0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x5D, 0x57, 0x6E,
    0x73, 0x57, 0xA4, 0x50, 0x1D, 0xDF, 0xE9, 0x2F, 0x46, 0x68, 0x1B, 0x20, 0xA0,
];

/// Whether s (big-endian) is in the lower half of the group: without this rule (s, n − s) would be
/// two encodings of one signature and a batch's hash would not name its transfers.
pub fn is_low_s(sig: &[u8; 64]) -> bool {
    sig[32..] <= SECP256K1_HALF_ORDER[..]
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// Uncompressed secp256k1 point, x ‖ y big-endian.
    pub pubkey: [u8; 64],
    pub balance: u64,
    pub nonce: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub from: u32,
    pub to: u32,
    pub amount: u64,
    pub nonce: u64,
    /// ECDSA r ‖ s, big-endian, low-s, over sha256([`Transfer::message`]).
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
    HighS { transfer: usize },
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
                write!(f, "transfer {transfer}: sender key is not a point on secp256k1")
            }
            RollupError::BadSignature { transfer } => write!(f, "transfer {transfer}: bad signature"),
            RollupError::HighS { transfer } => write!(f, "transfer {transfer}: signature s is not low (s > n/2)"),
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
    pub fn apply<H: Hasher, V: Verifier>(&self) -> Result<Outcome, RollupError> {
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
            if !is_low_s(&t.signature) {
                return Err(RollupError::HighS { transfer: i });
            }
            V::verify(&sender.pubkey, &H::sha256(&t.message()), &t.signature).map_err(|e| match e {
                SigError::BadKey => RollupError::BadPublicKey { transfer: i },
                SigError::BadSignature => RollupError::BadSignature { transfer: i },
            })?;
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
    buf[1..65].copy_from_slice(&a.pubkey);
    buf[65..73].copy_from_slice(&a.balance.to_le_bytes());
    buf[73..81].copy_from_slice(&a.nonce.to_le_bytes());
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
    use k256::ecdsa::SigningKey;
    use sha2::Digest;

    struct Soft;
    impl Hasher for Soft {
        fn sha256(data: &[u8]) -> [u8; 32] {
            sha2::Sha256::digest(data).into()
        }
    }

    fn keys(n: u8) -> Vec<SigningKey> {
        (0..n).map(|i| K256::key(&[i + 1; 32]).unwrap()).collect()
    }

    fn sign(k: &SigningKey, t: &Transfer) -> [u8; 64] {
        K256::sign(k, &Soft::sha256(&t.message()))
    }

    fn batch() -> Batch {
        let k = keys(4);
        let accounts = k.iter().map(|k| Account { pubkey: K256::public_key(k), balance: 100, nonce: 0 }).collect();
        let mut transfers = vec![
            Transfer { from: 0, to: 1, amount: 30, nonce: 0, signature: [0; 64] },
            Transfer { from: 0, to: 2, amount: 20, nonce: 1, signature: [0; 64] },
            Transfer { from: 3, to: 0, amount: 100, nonce: 0, signature: [0; 64] },
        ];
        for t in transfers.iter_mut() {
            t.signature = sign(&k[t.from as usize], t);
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
        let out = b.apply::<Soft, K256>().unwrap();
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
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::BadSignature { transfer: 1 }));

        let mut b = batch();
        b.transfers[1].amount = 21; // signed for 20
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::BadSignature { transfer: 1 }));

        let mut b = batch();
        b.transfers.swap(0, 1);
        assert!(matches!(b.apply::<Soft, K256>(), Err(RollupError::BadNonce { transfer: 0, .. })));

        let mut b = batch();
        b.transfers[0].to = 9;
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::UnknownAccount { transfer: 0 }));

        let mut b = batch();
        b.accounts[3].balance = 99;
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::InsufficientBalance { transfer: 2 }));

        // The same signature with s replaced by n − s verifies under plain ECDSA; the batch refuses it.
        let mut b = batch();
        let high = negate_mod_n(b.transfers[0].signature[32..].try_into().unwrap());
        b.transfers[0].signature[32..].copy_from_slice(&high);
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::HighS { transfer: 0 }));

        // A key that is not on the curve (y nudged) is named as such, not as a bad signature.
        let mut b = batch();
        b.accounts[0].pubkey[63] ^= 1;
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::BadPublicKey { transfer: 0 }));

        // r = 0 and s = 0 are out of range.
        let mut b = batch();
        b.transfers[0].signature[..32].fill(0);
        assert_eq!(b.apply::<Soft, K256>(), Err(RollupError::BadSignature { transfer: 0 }));
    }

    /// n − s for big-endian s < n.
    fn negate_mod_n(s: [u8; 32]) -> [u8; 32] {
        let mut out = [0u8; 32];
        let mut borrow = 0i16;
        for i in (0..32).rev() {
            let mut d = SECP256K1_ORDER[i] as i16 - s[i] as i16 - borrow;
            borrow = if d < 0 { 1 } else { 0 };
            if d < 0 {
                d += 256;
            }
            out[i] = d as u8;
        }
        out
    }

    #[test]
    fn curve_constants_match_k256() {
        use k256::elliptic_curve::bigint::ArrayEncoding;
        use k256::elliptic_curve::sec1::ToEncodedPoint;
        use k256::elliptic_curve::Curve;
        let g = k256::AffinePoint::GENERATOR.to_encoded_point(false);
        assert_eq!(&g.as_bytes()[1..], &SECP256K1_G[..]);
        assert_eq!(k256::Secp256k1::ORDER.to_be_byte_array().as_slice(), &SECP256K1_ORDER[..]);
        // p = 2^256 − 2^32 − 977 (SEC 2): adding 2^32 + 977 wraps it to exactly 2^256.
        let mut carry = 0u64;
        let add = 0x1_0000_03D1u64.to_be_bytes();
        let mut sum = [0u8; 32];
        for i in (0..32).rev() {
            let d = SECP256K1_PRIME[i] as u64 + if i >= 24 { add[i - 24] as u64 } else { 0 } + carry;
            sum[i] = d as u8;
            carry = d >> 8;
        }
        assert_eq!((sum, carry), ([0u8; 32], 1));
    }

    #[test]
    fn half_order_is_n_shifted_right() {
        let mut half = [0u8; 32];
        let mut carry = 0u8;
        for i in 0..32 {
            half[i] = (SECP256K1_ORDER[i] >> 1) | (carry << 7);
            carry = SECP256K1_ORDER[i] & 1;
        }
        assert_eq!(half, SECP256K1_HALF_ORDER);
        let sig = sign(&keys(1)[0], &batch().transfers[0]);
        assert!(is_low_s(&sig));
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
