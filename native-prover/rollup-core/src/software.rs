//! secp256k1 in software (`k256`), for the host: the verdicts the guest's accelerated check must
//! agree with, and the signing the input generator and the tests use.
use k256::ecdsa::signature::hazmat::{PrehashSigner, PrehashVerifier};
use k256::ecdsa::{Signature, SigningKey, VerifyingKey};
use k256::elliptic_curve::generic_array::GenericArray;
use k256::EncodedPoint;

use crate::{SigError, Verifier};

pub struct K256;

impl Verifier for K256 {
    fn verify(pubkey: &[u8; 64], prehash: &[u8; 32], sig: &[u8; 64]) -> Result<(), SigError> {
        let point = EncodedPoint::from_untagged_bytes(GenericArray::from_slice(pubkey));
        let key = VerifyingKey::from_encoded_point(&point).map_err(|_| SigError::BadKey)?;
        let sig = Signature::from_slice(sig).map_err(|_| SigError::BadSignature)?;
        key.verify_prehash(prehash, &sig).map_err(|_| SigError::BadSignature)
    }
}

impl K256 {
    /// A signing key from 32 bytes of seed material, or `None` if they are not a valid scalar
    /// (zero or ≥ n: about one seed in 2^128).
    pub fn key(seed: &[u8; 32]) -> Option<SigningKey> {
        SigningKey::from_bytes(GenericArray::from_slice(seed)).ok()
    }

    /// The uncompressed public point x ‖ y of a signing key.
    pub fn public_key(key: &SigningKey) -> [u8; 64] {
        let point = key.verifying_key().to_encoded_point(false);
        point.as_bytes()[1..].try_into().expect("an uncompressed point is 65 bytes")
    }

    /// A deterministic (RFC 6979) low-s signature r ‖ s over a prehash.
    pub fn sign(key: &SigningKey, prehash: &[u8; 32]) -> [u8; 64] {
        let sig: Signature = key.sign_prehash(prehash).expect("a 32-byte prehash signs");
        sig.normalize_s().unwrap_or(sig).to_bytes().into()
    }
}
