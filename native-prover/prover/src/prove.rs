//! `prove`, `lift`, `join`, `identity-p254`: the proving steps a worker runs. Inputs are checked
//! (decoded, verified, claims compared) before any expensive proving starts.

use std::path::Path;
use std::rc::Rc;
use std::time::Instant;

use risc0_zkvm::{
    get_prover_server, sha::Digestible, ExitCode, MaybePruned, ProverOpts, ProverServer, ReceiptClaim, Segment,
    SuccinctReceipt, VerifierContext,
};
use serde::Serialize;
use serde_json::{json, Value};

use crate::args::Args;
use crate::claims::{self, hex_digest, merge, SegmentView};
use crate::error::{chain, CliError, CliResult};
use crate::{files, limits, receipts, rss};

pub fn server() -> CliResult<Rc<dyn ProverServer>> {
    get_prover_server(&ProverOpts::default().with_dev_mode(false))
        .map_err(|e| CliError::internal(format!("cannot start the prover: {}", chain(&e))))
}

fn failed(step: &str, e: anyhow::Error) -> CliError {
    CliError::internal(format!("{step} failed: {}", chain(&e)))
}

/// Write a receipt and describe it: the shape every proving command prints.
fn emit_receipt<T: Serialize>(
    out: &Path,
    receipt: &T,
    kind: &str,
    claim: &MaybePruned<ReceiptClaim>,
    mut timings: Value,
) -> CliResult<Value> {
    let bytes = files::encode(receipt)?;
    files::write_atomic(out, &bytes)?;
    let mut v = json!({
        "kind": kind,
        "out": out,
        "bytes": bytes.len(),
        "sha256": files::sha256_hex(&bytes),
        "peak_rss_bytes": rss::peak_rss_bytes(),
    });
    merge(&mut v, claims::describe(claim));
    merge(&mut v, timings.take());
    Ok(v)
}

pub struct LoadedSegment {
    pub segment: Segment,
    pub po2: u32,
    pub claim: ReceiptClaim,
}

pub fn load_segment(path: &Path) -> CliResult<LoadedSegment> {
    let bytes = files::read(path, "segment")?;
    let view = SegmentView::of(&bytes)?;
    let claim = claims::predict(&view)?;
    let segment: Segment =
        files::decode(&bytes).map_err(|e| CliError::bad("invalid_segment", format!("segment does not decode: {e}")))?;
    let po2 = view.inner.po2;
    limits::check_po2(po2).map_err(|_| CliError::bad("invalid_segment", format!("segment has po2 {po2}")))?;
    Ok(LoadedSegment { segment, po2, claim })
}

pub fn prove(args: &Args) -> CliResult<Value> {
    let seg = load_segment(&args.path("segment")?)?;
    let out = args.path("out")?;
    if let Some(max) = args.num::<u32>("max-po2")? {
        if seg.po2 > max {
            return Err(CliError::bad(
                "po2_too_large",
                format!("segment po2 {} is above this prover's limit of {max}", seg.po2),
            ));
        }
    }
    let expected = args.digest("claim")?;
    receipts::check_claim(&seg.claim.clone().into(), expected.as_ref())?;

    let server = server()?;
    let t = Instant::now();
    let receipt = server.prove_segment(&VerifierContext::default(), &seg.segment).map_err(|e| failed("prove", e))?;
    let prove_seconds = t.elapsed().as_secs_f64();
    // The receipt must prove exactly what execution predicted; a mismatch is a prover bug, not bad input.
    if receipt.claim.digest() != seg.claim.digest() {
        return Err(CliError::internal("proved claim differs from the predicted segment claim"));
    }
    let timings = json!({ "po2": seg.po2, "index": receipt.index, "prove_seconds": prove_seconds });
    if !args.switch("lift") {
        let claim: MaybePruned<ReceiptClaim> = receipt.claim.clone().into();
        return emit_receipt(&out, &receipt, "segment", &claim, timings);
    }
    let t = Instant::now();
    let lifted = server.lift(&receipt).map_err(|e| failed("lift", e))?;
    let mut timings = timings;
    merge(&mut timings, json!({ "lift_seconds": t.elapsed().as_secs_f64() }));
    emit_receipt(&out, &lifted, "succinct", &lifted.claim, timings)
}

pub fn lift(args: &Args) -> CliResult<Value> {
    let path = args.path("receipt")?;
    let receipt = receipts::load_segment_receipt(&path)?;
    let expected = args.digest("claim")?;
    receipts::check_claim(&receipt.claim.clone().into(), expected.as_ref())?;
    let t = Instant::now();
    let lifted = server()?.lift(&receipt).map_err(|e| failed("lift", e))?;
    let timings = json!({ "index": receipt.index, "lift_seconds": t.elapsed().as_secs_f64() });
    emit_receipt(&args.path("out")?, &lifted, "succinct", &lifted.claim, timings)
}

/// Joining is only meaningful for consecutive executions: left must end where right begins, and
/// left must not have halted. Checking here turns a 45 s doomed proof into an instant clear error.
pub fn check_adjacent(left: &SuccinctReceipt<ReceiptClaim>, right: &SuccinctReceipt<ReceiptClaim>) -> CliResult<()> {
    let pruned = |side: &str| CliError::bad("invalid_receipt", format!("{side} receipt's claim is pruned"));
    let l = left.claim.as_value().map_err(|_| pruned("left"))?;
    let r = right.claim.as_value().map_err(|_| pruned("right"))?;
    if l.exit_code != ExitCode::SystemSplit {
        return Err(CliError::bad(
            "not_adjacent",
            format!("left receipt ends with exit code {:?}; only a split can be joined to what follows", l.exit_code),
        ));
    }
    if l.post.digest() != r.pre.digest() {
        return Err(CliError::bad(
            "not_adjacent",
            format!(
                "left receipt ends in state {} but right begins in {}: they are not consecutive",
                hex_digest(&l.post.digest()),
                hex_digest(&r.pre.digest())
            ),
        ));
    }
    Ok(())
}

pub fn join(args: &Args) -> CliResult<Value> {
    let left = receipts::load_succinct(&args.path("left")?)?;
    let right = receipts::load_succinct(&args.path("right")?)?;
    check_adjacent(&left, &right)?;
    let t = Instant::now();
    let joined = server()?.join(&left, &right).map_err(|e| failed("join", e))?;
    let timings = json!({ "join_seconds": t.elapsed().as_secs_f64() });
    emit_receipt(&args.path("out")?, &joined, "succinct", &joined.claim, timings)
}

pub fn identity_p254(args: &Args) -> CliResult<Value> {
    let receipt = receipts::load_succinct(&args.path("receipt")?)?;
    let t = Instant::now();
    let out = server()?.identity_p254(&receipt).map_err(|e| failed("identity_p254", e))?;
    let timings = json!({ "identity_p254_seconds": t.elapsed().as_secs_f64() });
    emit_receipt(&args.path("out")?, &out, "succinct", &out.claim, timings)
}
