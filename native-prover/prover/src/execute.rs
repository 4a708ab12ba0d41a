//! `execute`: run the guest once, write one file per segment, and stream an NDJSON event per segment
//! (with the claim its receipt must carry) while execution continues, then one `session` event.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use risc0_zkvm::{sha::Digestible, Assumptions, ExecutorEnv, ExecutorImpl, MaybePruned, NullSegmentRef, SegmentRef};
use serde_json::json;

use crate::args::Args;
use crate::claims::{self, hex_digest};
use crate::error::{chain, CliError, CliResult};
use crate::{files, guest, limits};

pub struct ExecuteOptions {
    pub po2: u32,
    pub cycle_limit: u64,
    pub max_inflation: f64,
}

pub fn run(args: &Args) -> CliResult<()> {
    let guest = guest::load(&args.path("guest")?)?;
    let input = files::read(&args.path("input")?, "input")?;
    let out_dir = args.path("out-dir")?;
    let opts = ExecuteOptions {
        po2: limits::check_po2(args.num("po2")?.unwrap_or(limits::DEFAULT_PO2))?,
        cycle_limit: args.num("cycle-limit")?.unwrap_or(limits::DEFAULT_CYCLE_LIMIT),
        max_inflation: args.num("max-inflation")?.unwrap_or(limits::DEFAULT_MAX_INFLATION),
    };
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| CliError::bad("missing_file", format!("cannot create --out-dir {}: {e}", out_dir.display())))?;
    // One line per event, flushed at once: callers start proving segments while execution goes on.
    execute(&guest, &input, &out_dir, &opts, |event| {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{event}").and_then(|_| stdout.flush()).map_err(|e| CliError::internal(e.to_string()))
    })
}

/// Running totals that detect a pathological split while it happens, instead of after writing
/// tens of thousands of segment files.
#[derive(Default)]
struct SplitGuard {
    segments: u64,
    total_cycles: u64,
    user_cycles: u64,
}

impl SplitGuard {
    /// Below this many segments a fixed per-segment cost legitimately dominates small jobs.
    const MIN_SEGMENTS: u64 = 8;

    fn add(&mut self, po2: u32, user: u32, max_inflation: f64) -> CliResult<()> {
        self.segments += 1;
        self.total_cycles += 1 << po2;
        self.user_cycles += user as u64;
        let inflation = self.total_cycles as f64 / self.user_cycles.max(1) as f64;
        if self.segments >= Self::MIN_SEGMENTS && inflation > max_inflation {
            return Err(CliError::bad(
                "pathological_split",
                format!(
                    "po2 {po2} splits this guest pathologically: {} segments prove {} cycles for {} user cycles \
                     ({inflation:.1}x, limit {max_inflation}x); choose another po2 (16-20 are sound)",
                    self.segments, self.total_cycles, self.user_cycles
                ),
            ));
        }
        Ok(())
    }
}

pub fn execute(
    guest: &guest::Guest,
    input: &[u8],
    out_dir: &Path,
    opts: &ExecuteOptions,
    mut emit: impl FnMut(serde_json::Value) -> CliResult<()> + Send,
) -> CliResult<()> {
    let env = ExecutorEnv::builder()
        .write_slice(input)
        .segment_limit_po2(opts.po2)
        .session_limit(Some(opts.cycle_limit))
        .build()
        .map_err(|e| CliError::internal(chain(&e)))?;
    let mut exec = ExecutorImpl::from_elf(env, &guest.binary)
        .map_err(|e| CliError::bad("invalid_guest", format!("cannot load guest: {}", chain(&e))))?;

    let started = Instant::now();
    let mut guard = SplitGuard::default();
    // The callback can only return anyhow errors; keep our typed error beside it.
    let mut typed: Option<CliError> = None;
    let result = exec.run_with_callback(|segment| {
        let step = (|| -> CliResult<()> {
            let (claim, view, bytes) = claims::predict_segment(&segment)?;
            guard.add(view.inner.po2, view.inner.suspend_cycle, opts.max_inflation)?;
            let file: PathBuf = out_dir.join(format!("segment-{:05}.bin", segment.index));
            files::write_atomic(&file, &bytes)?;
            emit(json!({
                "event": "segment",
                "index": segment.index,
                "file": file,
                "po2": view.inner.po2,
                "cycles": 1u64 << view.inner.po2,
                "user_cycles": view.inner.suspend_cycle,
                "paging_cycles": view.inner.paging_cycles,
                "bytes": bytes.len(),
                "sha256": files::sha256_hex(&bytes),
                "claim_digest": hex_digest(&claim.digest()),
                "pre_state": hex_digest(&claim.pre.digest()),
                "post_state": hex_digest(&claim.post.digest()),
                "exit_code": claims::exit_code_json(&claim.exit_code),
            }))
        })();
        match step {
            Ok(()) => Ok(Box::new(NullSegmentRef) as Box<dyn SegmentRef>),
            Err(e) => {
                let msg = e.to_string();
                typed = Some(e);
                Err(anyhow::anyhow!(msg))
            }
        }
    });
    let session = match result {
        Ok(s) => s,
        Err(e) => return Err(typed.take().unwrap_or_else(|| classify(&e))),
    };
    let claim = session.claim().map_err(|e| CliError::internal(chain(&e)))?;
    // Composition (env::verify) and keccak proofs leave assumptions that need `resolve`, which the
    // join tree does not do yet: refuse them rather than produce a receipt that cannot verify.
    let no_assumptions = MaybePruned::Value(Assumptions(vec![])).digest();
    let has_assumptions =
        claim.output.as_value().ok().and_then(|o| o.as_ref()).is_some_and(|o| o.assumptions.digest() != no_assumptions);
    if !session.assumptions.is_empty() || has_assumptions {
        return Err(CliError::bad(
            "unsupported_guest",
            "the guest uses composition (env::verify) or keccak proofs, which Wholesum does not aggregate yet",
        ));
    }
    let journal = session.journal.as_ref().map(|j| j.bytes.clone()).unwrap_or_default();
    emit(json!({
        "event": "session",
        "image_id": hex_digest(&guest.image_id),
        "journal": hex::encode(&journal),
        "exit_code": claims::exit_code_json(&session.exit_code),
        "claim_digest": hex_digest(&claim.digest()),
        "segments": session.segments.len(),
        "po2": opts.po2,
        "total_cycles": session.total_cycles,
        "user_cycles": session.user_cycles,
        "paging_cycles": session.paging_cycles,
        "reserved_cycles": session.reserved_cycles,
        "seconds": started.elapsed().as_secs_f64(),
    }))
}

/// Map executor failures to stable codes; all of them are the guest's or the caller's doing.
fn classify(err: &anyhow::Error) -> CliError {
    let msg = chain(err);
    if let Some(idx) = msg.find("Guest panicked: ") {
        return CliError::bad("guest_panicked", msg[idx..].to_string());
    }
    if msg.contains("Session limit exceeded") {
        return CliError::bad("cycle_limit_exceeded", format!("the guest ran past the cycle limit: {msg}"));
    }
    CliError::bad("guest_failed", format!("guest execution failed: {msg}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_guard_tolerates_small_jobs_and_stops_runaway_splits() {
        // A tiny job: one mostly-padding segment is fine.
        let mut g = SplitGuard::default();
        g.add(16, 1000, 16.0).unwrap();
        // A sound split: 60% user cycles per segment.
        let mut g = SplitGuard::default();
        for _ in 0..100 {
            g.add(16, 40_000, 16.0).unwrap();
        }
        // The po2-15 pathology: segments that make almost no progress.
        let mut g = SplitGuard::default();
        let err = (0..100).find_map(|_| g.add(15, 90, 16.0).err()).unwrap();
        assert_eq!(err.code, "pathological_split");
        assert_eq!(g.segments, SplitGuard::MIN_SEGMENTS);
    }
}
