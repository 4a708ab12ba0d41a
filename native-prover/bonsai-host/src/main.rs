//! bonsai-host: a plain RISC Zero host program with no Wholesum code. It proves a guest with
//! `default_prover()`, which is RISC Zero's own `BonsaiProver` when BONSAI_API_URL and BONSAI_API_KEY
//! are set, then verifies the returned receipt itself against the image id it computed locally.
//! Pointed at the Wholesum coordinator, it is the witness that the coordinator speaks the Bonsai API
//! (see coordinator/BONSAI_WIRE.md): if any request or response were off, the stock client would fail.
//!
//! usage: bonsai-host --guest <r0bf-or-elf> --input <file>
//! prints one JSON line {image_id, journal, verified, seconds, segments, ...} on success;
//! otherwise {"error":{"code","message"}}, exit 2 for bad usage or files, 1 when proving or verifying fails.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use risc0_binfmt::ProgramBinary;
use risc0_zkvm::{compute_image_id, default_prover, ExecutorEnv, InnerReceipt};
use serde_json::{json, Value};

const USAGE: &str = "usage: bonsai-host --guest <r0bf-or-elf> --input <file>";
const R0BF_MAGIC: &[u8] = b"R0BF";
const ELF_MAGIC: &[u8] = b"\x7fELF";

struct Failure {
    code: &'static str,
    message: String,
    exit: i32,
}

fn bad(code: &'static str, message: impl Into<String>) -> Failure {
    Failure { code, message: message.into(), exit: 2 }
}

fn failed(code: &'static str, message: impl Into<String>) -> Failure {
    Failure { code, message: message.into(), exit: 1 }
}

fn main() {
    let result = catch_unwind(AssertUnwindSafe(run))
        .unwrap_or_else(|_| Err(failed("internal", "panic inside the RISC Zero client (see stderr)")));
    match result {
        Ok(out) => println!("{out}"),
        Err(f) => {
            println!("{}", json!({ "error": { "code": f.code, "message": f.message } }));
            std::process::exit(f.exit);
        }
    }
}

fn run() -> Result<Value, Failure> {
    let (guest_path, input_path) = parse_args()?;
    require_bonsai_env()?;

    let read = |path: &str, what: &str| {
        std::fs::read(path).map_err(|e| bad("missing_file", format!("cannot read {what} {path}: {e}")))
    };
    let guest = read(&guest_path, "guest")?;
    let input = read(&input_path, "input")?;
    let (binary, format) = to_program_binary(&guest)?;
    let image_id = compute_image_id(&binary).map_err(|e| bad("invalid_guest", format!("{e:#}")))?;

    // The input file is the guest's raw stdin, as wholesum-input writes it and wholesum-prover feeds it.
    let env = ExecutorEnv::builder().write_slice(&input).build().map_err(|e| failed("internal", format!("{e:#}")))?;

    let prover = default_prover();
    // default_prover() falls back to local/ipc proving silently; after the env checks this cannot
    // happen, but a receipt from anything other than Bonsai would make this witness meaningless.
    if prover.get_name() != "bonsai" {
        return Err(bad("not_bonsai", format!("default_prover() chose `{}`, not bonsai", prover.get_name())));
    }
    let started = Instant::now();
    let info = prover.prove(env, &binary).map_err(|e| failed("prove_failed", format!("{e:#}")))?;
    let seconds = started.elapsed().as_secs_f64();

    // BonsaiProver already verifies before returning; verifying again here keeps the check in code we
    // can see, against the image id computed from our own copy of the guest.
    info.receipt.verify(image_id).map_err(|e| failed("verification_failed", format!("{e}")))?;

    Ok(json!({
        "image_id": hex::encode(image_id.as_bytes()),
        "journal": hex::encode(&info.receipt.journal.bytes),
        "verified": true,
        "seconds": seconds,
        "segments": info.stats.segments,
        "total_cycles": info.stats.total_cycles,
        "user_cycles": info.stats.user_cycles,
        "receipt_kind": receipt_kind(&info.receipt.inner),
        "guest_format": format,
        "prover": prover.get_name(),
    }))
}

fn parse_args() -> Result<(String, String), Failure> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut guest, mut input) = (None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let slot = match flag.as_str() {
            "--guest" => &mut guest,
            "--input" => &mut input,
            _ => return Err(bad("usage", format!("unknown argument {flag}; {USAGE}"))),
        };
        let value = it.next().ok_or_else(|| bad("usage", format!("{flag} needs a value; {USAGE}")))?;
        *slot = Some(value.clone());
    }
    match (guest, input) {
        (Some(g), Some(i)) => Ok((g, i)),
        _ => Err(bad("usage", USAGE)),
    }
}

/// default_prover() picks Bonsai only when both variables are set, RISC0_PROVER does not name
/// another prover and RISC0_DEV_MODE is off; otherwise it would prove locally without saying so.
fn require_bonsai_env() -> Result<(), Failure> {
    for var in ["BONSAI_API_URL", "BONSAI_API_KEY"] {
        if std::env::var(var).map(|v| v.is_empty()).unwrap_or(true) {
            return Err(bad("bonsai_env_missing", format!("{var} must be set: this host only proves through Bonsai")));
        }
    }
    if let Ok(p) = std::env::var("RISC0_PROVER") {
        if !p.is_empty() && !p.eq_ignore_ascii_case("bonsai") {
            return Err(bad("not_bonsai", format!("RISC0_PROVER={p} would bypass Bonsai; unset it")));
        }
    }
    if let Ok(v) = std::env::var("RISC0_DEV_MODE") {
        if matches!(v.to_lowercase().as_str(), "1" | "true" | "yes") {
            return Err(bad("dev_mode_refused", "RISC0_DEV_MODE would bypass Bonsai and fake the receipt"));
        }
    }
    Ok(())
}

/// Same rule as native-prover/prover/src/guest.rs: an R0BF binary as is, a plain user ELF wrapped with
/// the pinned v1compat kernel (what risc0-build does), so both give the image id wholesum-prover reports.
/// `prove` and `compute_image_id` in 3.1 decode R0BF only.
fn to_program_binary(bytes: &[u8]) -> Result<(Vec<u8>, &'static str), Failure> {
    if bytes.starts_with(R0BF_MAGIC) {
        Ok((bytes.to_vec(), "r0bf"))
    } else if bytes.starts_with(ELF_MAGIC) {
        Ok((ProgramBinary::new(bytes, risc0_zkos_v1compat::V1COMPAT_ELF).encode(), "elf"))
    } else {
        Err(bad("invalid_guest", "guest is neither a RISC Zero binary (R0BF) nor an ELF file"))
    }
}

fn receipt_kind(inner: &InnerReceipt) -> &'static str {
    match inner {
        InnerReceipt::Composite(_) => "composite",
        InnerReceipt::Succinct(_) => "succinct",
        InnerReceipt::Groth16(_) => "groth16",
        InnerReceipt::Fake(_) => "fake",
        _ => "unknown",
    }
}
