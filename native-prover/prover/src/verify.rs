//! `verify` (any receipt, against a claim digest or an image id) and `finalize` (join-tree root →
//! the `Receipt` a stock RISC Zero verifier accepts).

use risc0_zkvm::{sha::Digestible, InnerReceipt, Receipt};
use serde_json::{json, Value};

use crate::args::Args;
use crate::claims::{self, hex_digest};
use crate::error::{CliError, CliResult};
use crate::files;
use crate::receipts::{self, AnyReceipt};

pub fn verify(args: &Args) -> CliResult<Value> {
    let path = args.path("receipt")?;
    let receipt = receipts::load_any(&path)?;
    let expected_claim = args.digest("claim")?;
    let image_id = args.digest("image-id")?;
    match &receipt {
        AnyReceipt::Segment(r) => receipts::check_segment(r, &path)?,
        AnyReceipt::Succinct(r) => receipts::check_succinct(r, &path)?,
        AnyReceipt::Final(r) => {
            let id = image_id.ok_or_else(|| {
                CliError::bad("usage", "a final receipt is verified against its guest: pass --image-id")
            })?;
            receipts::check_final(r, id)?;
        }
    }
    if image_id.is_some() && !matches!(receipt, AnyReceipt::Final(_)) {
        return Err(CliError::bad("usage", "--image-id applies to final receipts; use --claim for parts"));
    }
    let claim = receipts::claim_of(&receipt)?;
    receipts::check_claim(&claim, expected_claim.as_ref())?;
    if let Some(expected) = join_claim(args)? {
        receipts::check_claim(&claim, Some(&expected))?;
    }
    let mut out = json!({ "verified": true, "kind": receipt.kind() });
    claims::merge(&mut out, claims::describe(&claim));
    if let AnyReceipt::Final(r) = &receipt {
        out["journal"] = json!(hex::encode(&r.journal.bytes));
        // What a client pays for differs: a Groth16 seal verifies on chain, a succinct one does not.
        out["inner"] = json!(match &r.inner {
            InnerReceipt::Composite(_) => "composite",
            InnerReceipt::Succinct(_) => "succinct",
            InnerReceipt::Groth16(_) => "groth16",
            InnerReceipt::Fake(_) => "fake",
            _ => "other",
        });
    }
    Ok(out)
}

/// `--left F --right F`: the claim a join of those two receipts must carry. A coordinator checks a
/// worker's join against the children it already verified, so a valid receipt of some other span
/// is refused.
fn join_claim(args: &Args) -> CliResult<Option<risc0_zkvm::sha::Digest>> {
    let (left, right) = match (args.opt("left"), args.opt("right")) {
        (None, None) => return Ok(None),
        (Some(l), Some(r)) => (l, r),
        _ => return Err(CliError::bad("usage", "--left and --right go together")),
    };
    let left = receipts::load_succinct(std::path::Path::new(left))?;
    let right = receipts::load_succinct(std::path::Path::new(right))?;
    crate::prove::check_adjacent(&left, &right)?;
    let joined = left
        .claim
        .join(&right.claim)
        .map_err(|e| CliError::bad("invalid_receipt", format!("cannot compute the joined claim: {e}")))?;
    Ok(Some(joined.digest()))
}

pub fn finalize(args: &Args) -> CliResult<Value> {
    let root = receipts::load_succinct(&args.path("root")?)?;
    let image_id = claims::parse_digest(args.req("image-id")?, "image-id")?;
    // The root's claim carries the journal unpruned (it comes from the last segment's output);
    // an explicit --journal lets a caller finalize a root whose output was pruned.
    let journal = match args.opt("journal") {
        Some(p) => files::read(std::path::Path::new(p), "journal")?,
        None => root
            .claim
            .as_value()
            .ok()
            .and_then(|c| c.output.as_value().ok().cloned())
            .flatten()
            .and_then(|o| o.journal.as_value().ok().cloned())
            .ok_or_else(|| {
                CliError::bad("invalid_receipt", "the root's claim has no readable journal; pass --journal")
            })?,
    };
    let claim_digest = root.claim.digest();
    let receipt = Receipt::new(InnerReceipt::Succinct(root), journal);
    let mut out = receipts::write_final(&receipt, image_id, &args.path("out")?)?;
    out["claim_digest"] = json!(hex_digest(&claim_digest));
    Ok(out)
}
