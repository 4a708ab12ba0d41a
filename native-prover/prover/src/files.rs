//! File I/O for the CLI: bounded reads, atomic writes, bounded bincode, sha256.
//! Segments and receipts use RISC Zero's own bincode serialization so they stay byte-compatible
//! with RISC Zero tools; the bounds keep a hostile length prefix from allocating gigabytes.

use std::fs;
use std::io::Write;
use std::path::Path;

use bincode::Options;
use serde::{de::DeserializeOwned, Serialize};
use sha2::{Digest as _, Sha256};

use crate::error::{CliError, CliResult};

/// Larger than any segment (po2 22 ≈ a few MB) or receipt (≈ 250 KB) we produce.
pub const MAX_BLOB_BYTES: u64 = 256 << 20;

pub fn read(path: &Path, what: &str) -> CliResult<Vec<u8>> {
    let meta = fs::metadata(path)
        .map_err(|e| CliError::bad("missing_file", format!("cannot read {what} {}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(CliError::bad("missing_file", format!("{what} {} is not a file", path.display())));
    }
    if meta.len() > MAX_BLOB_BYTES {
        return Err(CliError::bad(
            "too_large",
            format!("{what} {} is {} bytes; the limit is {MAX_BLOB_BYTES}", path.display(), meta.len()),
        ));
    }
    fs::read(path).map_err(|e| CliError::bad("missing_file", format!("cannot read {what} {}: {e}", path.display())))
}

/// Write via a temporary file and rename, so a killed prover never leaves a half-written output behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> CliResult<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        CliError::internal(format!("cannot write {}: {e}", path.display()))
    })
}

fn options() -> impl Options {
    bincode::DefaultOptions::new()
        .with_fixint_encoding()
        .with_little_endian()
        .with_limit(MAX_BLOB_BYTES)
        .reject_trailing_bytes()
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, bincode::Error> {
    options().deserialize(bytes)
}

/// Same bytes as `bincode::serialize`, which is what RISC Zero and Bonsai clients read.
pub fn encode<T: Serialize>(value: &T) -> CliResult<Vec<u8>> {
    bincode::serialize(value).map_err(|e| CliError::internal(format!("cannot serialize: {e}")))
}

pub fn load<T: DeserializeOwned>(path: &Path, what: &str, code: &'static str) -> CliResult<T> {
    let bytes = read(path, what)?;
    decode(&bytes).map_err(|e| {
        CliError::bad(code, format!("{} is not a valid {what} ({} bytes): {e}", path.display(), bytes.len()))
    })
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}
