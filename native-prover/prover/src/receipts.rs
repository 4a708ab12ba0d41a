//! Receipt files (RISC Zero bincode) and the checks every receipt gets before we trust or build on it.

use std::path::Path;

use risc0_zkvm::{
    sha::Digestible, Digest, InnerReceipt, MaybePruned, Receipt, ReceiptClaim, SegmentReceipt, SuccinctReceipt,
    VerifierContext,
};

use crate::claims;
use crate::error::{CliError, CliResult};
use crate::files;

use serde_json::{json, Value};

pub enum AnyReceipt {
    Segment(SegmentReceipt),
    Succinct(SuccinctReceipt<ReceiptClaim>),
    Final(Receipt),
}

impl AnyReceipt {
    pub fn kind(&self) -> &'static str {
        match self {
            AnyReceipt::Segment(_) => "segment",
            AnyReceipt::Succinct(_) => "succinct",
            AnyReceipt::Final(_) => "receipt",
        }
    }
}

/// Decode a receipt file of any of the three kinds we exchange. Each kind is tried with trailing
/// bytes rejected, so one kind's bytes do not parse as another's.
pub fn load_any(path: &Path) -> CliResult<AnyReceipt> {
    let bytes = files::read(path, "receipt")?;
    if let Ok(r) = files::decode::<SuccinctReceipt<ReceiptClaim>>(&bytes) {
        return Ok(AnyReceipt::Succinct(r));
    }
    if let Ok(r) = files::decode::<SegmentReceipt>(&bytes) {
        return Ok(AnyReceipt::Segment(r));
    }
    if let Ok(r) = files::decode::<Receipt>(&bytes) {
        return Ok(AnyReceipt::Final(r));
    }
    Err(CliError::bad(
        "invalid_receipt",
        format!("{} ({} bytes) is not a RISC Zero segment, succinct or final receipt", path.display(), bytes.len()),
    ))
}

pub fn load_segment_receipt(path: &Path) -> CliResult<SegmentReceipt> {
    let r: SegmentReceipt = files::load(path, "segment receipt", "invalid_receipt")?;
    check_segment(&r, path)?;
    Ok(r)
}

pub fn load_succinct(path: &Path) -> CliResult<SuccinctReceipt<ReceiptClaim>> {
    let r: SuccinctReceipt<ReceiptClaim> = files::load(path, "succinct receipt", "invalid_receipt")?;
    check_succinct(&r, path)?;
    Ok(r)
}

pub fn check_segment(r: &SegmentReceipt, path: &Path) -> CliResult<()> {
    r.verify_integrity_with_context(&VerifierContext::default()).map_err(|e| verification_failed(path, &e.to_string()))
}

pub fn check_succinct(r: &SuccinctReceipt<ReceiptClaim>, path: &Path) -> CliResult<()> {
    r.verify_integrity_with_context(&VerifierContext::default()).map_err(|e| verification_failed(path, &e.to_string()))
}

fn verification_failed(path: &Path, why: &str) -> CliError {
    CliError::bad("verification_failed", format!("receipt {} does not verify: {why}", path.display()))
}

/// A receipt proves the right thing only if its claim is the one execution predicted.
pub fn check_claim(actual: &MaybePruned<ReceiptClaim>, expected: Option<&Digest>) -> CliResult<()> {
    if let Some(expected) = expected {
        let got = actual.digest();
        if &got != expected {
            return Err(CliError::bad(
                "claim_mismatch",
                format!(
                    "receipt proves claim {} but {} was expected (a receipt for another segment or job)",
                    claims::hex_digest(&got),
                    claims::hex_digest(expected)
                ),
            ));
        }
    }
    Ok(())
}

/// Verify a final receipt the way any RISC Zero host does, refusing dev-mode fakes outright.
pub fn check_final(receipt: &Receipt, image_id: Digest) -> CliResult<()> {
    if matches!(receipt.inner, InnerReceipt::Fake(_)) {
        return Err(CliError::bad("verification_failed", "receipt is a dev-mode fake, which proves nothing"));
    }
    receipt.verify(image_id).map_err(|e| {
        CliError::bad(
            "verification_failed",
            format!("receipt does not verify against image id {}: {e}", claims::hex_digest(&image_id)),
        )
    })
}

pub fn claim_of(r: &AnyReceipt) -> CliResult<MaybePruned<ReceiptClaim>> {
    match r {
        AnyReceipt::Segment(s) => Ok(MaybePruned::Value(s.claim.clone())),
        AnyReceipt::Succinct(s) => Ok(s.claim.clone()),
        AnyReceipt::Final(f) => {
            f.claim().map_err(|e| CliError::bad("invalid_receipt", format!("receipt has no readable claim: {e}")))
        }
    }
}

/// Verify a final receipt against its image id, write it, and describe it: what `finalize`,
/// `prove-local` and `groth16` all end with. Nothing is written unless it verifies.
pub fn write_final(receipt: &Receipt, image_id: Digest, out: &Path) -> CliResult<Value> {
    check_final(receipt, image_id)?;
    let bytes = files::encode(receipt)?;
    files::write_atomic(out, &bytes)?;
    Ok(json!({
        "kind": "receipt",
        "out": out,
        "bytes": bytes.len(),
        "sha256": files::sha256_hex(&bytes),
        "image_id": claims::hex_digest(&image_id),
        "journal": hex::encode(&receipt.journal.bytes),
        "verified": true,
    }))
}
