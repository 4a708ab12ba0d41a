//! The claim a segment's receipt must carry, predicted at execution time, and JSON views of claims.
//!
//! RISC Zero's prover decodes a segment receipt's claim from the seal's globals (pre/post state digests,
//! input, terminate state) and then sets its output from the segment; the executor's segment already holds
//! all of those values, so the claim is known before any proving starts. Verifiers compare returned
//! receipts against these digests.

use risc0_circuit_rv32im::TerminateState;
use risc0_zkvm::{sha::Digestible, Digest, ExitCode, MaybePruned, Output, ReceiptClaim, Segment, SystemState};
use serde::Deserialize;

use crate::error::{CliError, CliResult};
use crate::files;

/// Mirrors the field order of `risc0_zkvm::Segment`, whose fields are crate-private. Decoding the
/// segment's own bincode bytes into it (same pinned crate versions) gives read access to the claim.
#[derive(Deserialize)]
pub struct SegmentView {
    #[allow(dead_code)] // present for the field layout
    pub index: u32,
    pub inner: risc0_circuit_rv32im::execute::Segment,
    pub output: Option<Output>,
}

impl SegmentView {
    pub fn of(segment_bytes: &[u8]) -> CliResult<Self> {
        files::decode(segment_bytes)
            .map_err(|e| CliError::bad("invalid_segment", format!("segment does not decode: {e}")))
    }
}

// Halt types from risc0-zkvm-platform's syscall::halt.
const HALT_TERMINATE: u16 = 0;
const HALT_PAUSE: u16 = 1;

pub fn exit_code(terminate: &Option<TerminateState>) -> CliResult<ExitCode> {
    match terminate {
        None => Ok(ExitCode::SystemSplit),
        Some(t) => {
            let risc0_circuit_rv32im::HighLowU16(user, halt) = t.a0;
            match halt {
                HALT_TERMINATE => Ok(ExitCode::Halted(user as u32)),
                HALT_PAUSE => Ok(ExitCode::Paused(user as u32)),
                other => Err(CliError::bad("invalid_segment", format!("illegal halt type {other}"))),
            }
        }
    }
}

/// The `ReceiptClaim` that proving (and lifting) this segment yields.
pub fn predict(view: &SegmentView) -> CliResult<ReceiptClaim> {
    let c = &view.inner.claim;
    let exit_code = exit_code(&c.terminate_state)?;
    let post = match exit_code {
        ExitCode::Halted(_) => Digest::ZERO,
        _ => c.post_state,
    };
    Ok(ReceiptClaim {
        pre: MaybePruned::Value(SystemState { pc: 0, merkle_root: c.pre_state }),
        post: MaybePruned::Value(SystemState { pc: 0, merkle_root: post }),
        exit_code,
        input: MaybePruned::Pruned(c.input),
        output: view.output.clone().into(),
    })
}

/// A fresh segment's bincode bytes (what gets written), its view and its predicted claim, from one
/// encode and one decode.
pub fn predict_segment(segment: &Segment) -> CliResult<(ReceiptClaim, SegmentView, Vec<u8>)> {
    let bytes = files::encode(segment)?;
    let view = SegmentView::of(&bytes)?;
    Ok((predict(&view)?, view, bytes))
}

/// Add `from`'s fields to the JSON object `into` (command outputs are built from shared parts).
pub fn merge(into: &mut serde_json::Value, from: serde_json::Value) {
    if let (Some(a), serde_json::Value::Object(b)) = (into.as_object_mut(), from) {
        a.extend(b);
    }
}

pub fn exit_code_json(code: &ExitCode) -> serde_json::Value {
    let (kind, user) = match code {
        ExitCode::Halted(u) => ("Halted", *u),
        ExitCode::Paused(u) => ("Paused", *u),
        ExitCode::SystemSplit => ("SystemSplit", 0),
        ExitCode::SessionLimit => ("SessionLimit", 0),
        _ => ("Unknown", 0),
    };
    serde_json::json!({ "kind": kind, "user": user })
}

pub fn hex_digest(d: &Digest) -> String {
    hex::encode(d.as_bytes())
}

/// The fields a coordinator needs to check adjacency and correctness without decoding receipts itself.
pub fn describe(claim: &MaybePruned<ReceiptClaim>) -> serde_json::Value {
    let digest = hex_digest(&claim.digest());
    match claim.as_value() {
        Ok(c) => serde_json::json!({
            "claim_digest": digest,
            "pre_state": hex_digest(&c.pre.digest()),
            "post_state": hex_digest(&c.post.digest()),
            "exit_code": exit_code_json(&c.exit_code),
        }),
        Err(_) => serde_json::json!({ "claim_digest": digest }),
    }
}

pub fn parse_digest(hex_str: &str, flag: &str) -> CliResult<Digest> {
    let bytes = hex::decode(hex_str.trim_start_matches("0x"))
        .map_err(|_| CliError::bad("usage", format!("--{flag} must be 64 hex characters")))?;
    Digest::try_from(bytes.as_slice())
        .map_err(|_| CliError::bad("usage", format!("--{flag} must be 32 bytes (64 hex characters)")))
}
