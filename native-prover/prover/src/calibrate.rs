//! `calibrate --po2 N [--lift]`: prove one full synthetic segment of 2^N cycles and report the time
//! and peak memory it took on this machine. Workers size themselves from it (largest po2 whose peak
//! RSS fits their memory budget, and their speed for lease deadlines).

use std::time::Instant;

use risc0_zkvm::VerifierContext;
use serde_json::{json, Value};

use crate::args::Args;
use crate::error::{chain, CliError, CliResult};
use crate::execute::{self, ExecuteOptions};
use crate::{guest, limits, prove, rss, synthetic};

pub fn calibrate(args: &Args) -> CliResult<Value> {
    let po2 = limits::check_po2(args.num("po2")?.ok_or_else(|| CliError::bad("usage", "missing --po2"))?)?;
    // 2 cycles per iteration: 2^po2 iterations overflow the first segment, which is then full.
    let guest = guest::from_bytes(&synthetic::countdown_elf(1 << po2))?;
    let dir = tempdir()?;
    let opts = ExecuteOptions { po2, cycle_limit: limits::DEFAULT_CYCLE_LIMIT, max_inflation: f64::INFINITY };
    execute::execute(&guest, &[], &dir, &opts, |_| Ok(()))?;
    let seg = prove::load_segment(&dir.join("segment-00000.bin"));
    let _ = std::fs::remove_dir_all(&dir);
    let seg = seg?;

    let server = prove::server()?;
    let t = Instant::now();
    let receipt = server
        .prove_segment(&VerifierContext::default(), &seg.segment)
        .map_err(|e| CliError::internal(format!("prove failed: {}", chain(&e))))?;
    let prove_seconds = t.elapsed().as_secs_f64();
    let prove_rss = rss::peak_rss_bytes();
    let mut out = json!({
        "po2": seg.po2,
        "cycles": 1u64 << seg.po2,
        "prove_seconds": prove_seconds,
        "khz": (1u64 << seg.po2) as f64 / prove_seconds / 1000.0,
        "prove_peak_rss_bytes": prove_rss,
        "threads": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "prover_version": crate::VERSION,
    });
    if args.switch("lift") {
        let t = Instant::now();
        server.lift(&receipt).map_err(|e| CliError::internal(format!("lift failed: {}", chain(&e))))?;
        out["lift_seconds"] = json!(t.elapsed().as_secs_f64());
    }
    out["peak_rss_bytes"] = json!(rss::peak_rss_bytes());
    Ok(out)
}

fn tempdir() -> CliResult<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("wholesum-calibrate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| CliError::internal(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}
