//! `prove-local`: RISC Zero's own single-machine prover (`LocalProver`, succinct), the baseline the
//! benchmarks compare Wholesum against on the same jobs and cores.

use std::time::Instant;

use risc0_zkvm::{ExecutorEnv, LocalProver, Prover, ProverOpts};
use serde_json::{json, Value};

use crate::args::Args;
use crate::error::{chain, CliError, CliResult};
use crate::{claims, files, guest, limits, receipts, rss};

pub fn prove_local(args: &Args) -> CliResult<Value> {
    let guest = guest::load(&args.path("guest")?)?;
    let input = files::read(&args.path("input")?, "input")?;
    let po2 = limits::check_po2(args.num("po2")?.unwrap_or(limits::DEFAULT_PO2))?;
    let cycle_limit: u64 = args.num("cycle-limit")?.unwrap_or(limits::DEFAULT_CYCLE_LIMIT);
    let env = ExecutorEnv::builder()
        .write_slice(&input)
        .segment_limit_po2(po2)
        .session_limit(Some(cycle_limit))
        .build()
        .map_err(|e| CliError::internal(chain(&e)))?;
    let t = Instant::now();
    let info = LocalProver::new("wholesum-baseline")
        .prove_with_opts(env, &guest.binary, &ProverOpts::succinct().with_dev_mode(false))
        .map_err(|e| CliError::bad("guest_failed", format!("local proving failed: {}", chain(&e))))?;
    let seconds = t.elapsed().as_secs_f64();
    let mut out = receipts::write_final(&info.receipt, guest.image_id, &args.path("out")?)?;
    claims::merge(
        &mut out,
        json!({
            "seconds": seconds,
            "po2": po2,
            "segments": info.stats.segments,
            "total_cycles": info.stats.total_cycles,
            "user_cycles": info.stats.user_cycles,
            "peak_rss_bytes": rss::peak_rss_bytes(),
        }),
    );
    Ok(out)
}
