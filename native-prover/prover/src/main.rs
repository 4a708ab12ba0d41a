//! `wholesum-prover`: the only native boundary of Wholesum.
//!
//! Contract (see native-prover/README.md): files in; one JSON object on stdout, or NDJSON events for
//! `execute`; logs on stderr. Exit 0 ok, 2 bad input with `{"error":{"code","message"}}`, 1 internal
//! failure with the same shape. Segments and receipts are RISC Zero's own bincode serialization.

mod args;
mod calibrate;
mod claims;
mod error;
mod execute;
mod files;
mod groth16;
mod guest;
mod limits;
mod local;
mod prove;
mod receipts;
mod rss;
mod synthetic;
mod verify;

use std::panic;

use serde_json::{json, Value};

use args::Args;
use error::{CliError, CliResult};

pub const VERSION: &str = concat!("wholesum-prover/", env!("CARGO_PKG_VERSION"), " risc0-zkvm/3.1.0-rc.1");

const USAGE: &str = "usage: wholesum-prover <command> [flags]
  version
  image-id      --guest F [--write-r0bf F]
  execute       --guest F --input F --out-dir D [--po2 N] [--cycle-limit C] [--max-inflation X]
  prove         --segment F --out F [--lift] [--claim H] [--max-po2 N]
  lift          --receipt F --out F [--claim H]
  join          --left F --right F --out F
  verify        --receipt F [--claim H] [--image-id H] [--left F --right F]
  finalize      --root F --image-id H --out F [--journal F]
  identity-p254 --receipt F --out F
  groth16       --receipt F --image-id H --out F
  groth16-available
  calibrate     --po2 N [--lift]
  prove-local   --guest F --input F --out F [--po2 N] [--cycle-limit C]";

fn run(argv: &[String]) -> CliResult<Option<Value>> {
    let cmd = argv.first().map(String::as_str).unwrap_or("help");
    let rest = argv.get(1..).unwrap_or(&[]);
    let a = |allowed: &[&str], switches: &[&str]| Args::parse(rest, allowed, switches);
    let value = match cmd {
        "version" => json!({
            "version": VERSION,
            "min_po2": limits::MIN_PO2,
            "max_po2": limits::MAX_PO2,
            "groth16": groth16::unavailable_reason().is_none(),
        }),
        "image-id" => {
            let args = a(&["guest", "write-r0bf"], &[])?;
            let g = guest::load(&args.path("guest")?)?;
            if let Some(out) = args.opt("write-r0bf") {
                files::write_atomic(std::path::Path::new(out), &g.binary)?;
            }
            json!({ "image_id": claims::hex_digest(&g.image_id), "format": g.format, "bytes": g.binary.len() })
        }
        "execute" => {
            execute::run(&a(&["guest", "input", "out-dir", "po2", "cycle-limit", "max-inflation"], &[])?)?;
            return Ok(None);
        }
        "prove" => prove::prove(&a(&["segment", "out", "claim", "max-po2"], &["lift"])?)?,
        "lift" => prove::lift(&a(&["receipt", "out", "claim"], &[])?)?,
        "join" => prove::join(&a(&["left", "right", "out"], &[])?)?,
        "identity-p254" => prove::identity_p254(&a(&["receipt", "out"], &[])?)?,
        "verify" => verify::verify(&a(&["receipt", "claim", "image-id", "left", "right"], &[])?)?,
        "finalize" => verify::finalize(&a(&["root", "image-id", "out", "journal"], &[])?)?,
        "groth16" => groth16::groth16(&a(&["receipt", "image-id", "out"], &[])?)?,
        "groth16-available" => groth16::available(&a(&[], &[])?)?,
        "calibrate" => calibrate::calibrate(&a(&["po2"], &["lift"])?)?,
        "prove-local" => local::prove_local(&a(&["guest", "input", "out", "po2", "cycle-limit"], &[])?)?,
        "help" | "--help" | "-h" => {
            eprintln!("{USAGE}");
            return Ok(None);
        }
        other => return Err(CliError::bad("usage", format!("unknown command `{other}`\n{USAGE}"))),
    };
    Ok(Some(value))
}

fn refuse_dev_mode() -> CliResult<()> {
    let set = std::env::var("RISC0_DEV_MODE")
        .map(|v| matches!(v.to_lowercase().as_str(), "1" | "true" | "yes"))
        .unwrap_or(false);
    if set {
        return Err(CliError::bad("dev_mode_refused", "RISC0_DEV_MODE is set: dev-mode receipts prove nothing"));
    }
    Ok(())
}

/// Proving runs for minutes in its own process group (so a worker can drain on Ctrl-C). If the
/// process that started it dies outright (SIGKILL, OOM killer), nothing would stop it: it would
/// burn the machine for a result nobody reads. So it dies with its parent.
fn die_with_parent() {
    #[cfg(target_os = "linux")]
    unsafe {
        let parent = libc::getppid();
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        // The parent may have died before the line above: then we were re-parented already.
        if libc::getppid() != parent {
            std::process::exit(1);
        }
    }
}

fn main() {
    die_with_parent();
    let argv: Vec<String> = std::env::args().skip(1).collect();
    // A panic inside RISC Zero must still leave the process as one JSON error, never a raw trace on stdout.
    panic::set_hook(Box::new(|info| eprintln!("wholesum-prover: panic: {info}")));
    let outcome = panic::catch_unwind(|| refuse_dev_mode().and_then(|_| run(&argv))).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into());
        Err(CliError::internal(format!("prover panicked: {msg}")))
    });
    match outcome {
        Ok(Some(v)) => println!("{v}"),
        Ok(None) => {}
        Err(e) => {
            println!("{}", e.to_json());
            eprintln!("wholesum-prover: {e}");
            std::process::exit(e.exit);
        }
    }
}
