//! `groth16`: the pluggable last stage. RISC Zero's shrink-wrap needs its Groth16 proving key, which
//! ships only inside the `risczero/risc0-groth16-prover` docker image (or the rzup component); no
//! package registry carries it. Where no backend is present we say so precisely instead of trying.

use std::process::Command;
use std::time::Instant;

use risc0_zkvm::{InnerReceipt, Receipt};
use serde_json::{json, Value};

use crate::args::Args;
use crate::error::{chain, CliError, CliResult};
use crate::{claims, files, prove, receipts, rss};

/// The image risc0-groth16 3.0.6-rc.1 runs (see its prove/docker.rs).
pub const DOCKER_IMAGE: &str = "risczero/risc0-groth16-prover:v2025-04-03.1";

/// Why no backend is usable, or None when the docker image is present and a daemon answers.
pub fn unavailable_reason() -> Option<String> {
    let why = match Command::new("docker").args(["image", "inspect", DOCKER_IMAGE]).output() {
        Err(_) => "docker is not installed here".to_string(),
        Ok(o) if !o.status.success() => format!(
            "docker cannot provide the image ({})",
            String::from_utf8_lossy(&o.stderr).trim().lines().next().unwrap_or("no detail")
        ),
        Ok(_) => return None,
    };
    Some(format!(
        "no Groth16 backend: shrink-wrap needs RISC Zero's Groth16 proving key, which ships only in the docker \
         image {DOCKER_IMAGE} (or the risc0-groth16 rzup component); {why}. Use the succinct receipt, or run \
         this stage on a machine with a docker engine and that image"
    ))
}

pub fn available(_: &Args) -> CliResult<Value> {
    let reason = unavailable_reason();
    Ok(json!({ "available": reason.is_none(), "backend": "docker", "image": DOCKER_IMAGE, "reason": reason }))
}

pub fn groth16(args: &Args) -> CliResult<Value> {
    if let Some(reason) = unavailable_reason() {
        return Err(CliError::bad("groth16_unavailable", reason));
    }
    let path = args.path("receipt")?;
    let image_id = claims::parse_digest(args.req("image-id")?, "image-id")?;
    let receipt: Receipt = files::load(&path, "final receipt", "invalid_receipt")?;
    receipts::check_final(&receipt, image_id)?;
    let InnerReceipt::Succinct(succinct) = &receipt.inner else {
        return Err(CliError::bad("invalid_receipt", "groth16 wraps a succinct receipt"));
    };
    let t = Instant::now();
    let wrapped = prove::server()?
        .succinct_to_groth16(succinct)
        .map_err(|e| CliError::internal(format!("groth16 failed: {}", chain(&e))))?;
    let out_receipt = Receipt::new(InnerReceipt::Groth16(wrapped), receipt.journal.bytes.clone());
    let mut out = receipts::write_final(&out_receipt, image_id, &args.path("out")?)?;
    out["groth16_seconds"] = json!(t.elapsed().as_secs_f64());
    out["peak_rss_bytes"] = json!(rss::peak_rss_bytes());
    Ok(out)
}
