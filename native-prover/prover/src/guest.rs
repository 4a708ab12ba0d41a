//! Guest programs: a RISC Zero R0BF binary, or a plain rv32im user ELF that we wrap with the pinned
//! v1compat kernel (what `risc0-build` does), so both forms get the same image id.

use std::path::Path;

use risc0_binfmt::ProgramBinary;
use risc0_zkvm::Digest;

use crate::error::{chain, CliError, CliResult};
use crate::files;

const R0BF_MAGIC: &[u8] = b"R0BF";
const ELF_MAGIC: &[u8] = b"\x7fELF";

pub struct Guest {
    /// The R0BF encoding the executor runs.
    pub binary: Vec<u8>,
    pub image_id: Digest,
    /// `r0bf` or `elf`: what the caller handed us.
    pub format: &'static str,
}

pub fn load(path: &Path) -> CliResult<Guest> {
    let bytes = files::read(path, "guest")?;
    from_bytes(&bytes)
}

pub fn from_bytes(bytes: &[u8]) -> CliResult<Guest> {
    let (binary, format) = if bytes.starts_with(R0BF_MAGIC) {
        (bytes.to_vec(), "r0bf")
    } else if bytes.starts_with(ELF_MAGIC) {
        (ProgramBinary::new(bytes, risc0_zkos_v1compat::V1COMPAT_ELF).encode(), "elf")
    } else {
        return Err(CliError::bad("invalid_guest", "guest is neither a RISC Zero binary (R0BF) nor an ELF file"));
    };
    // Loading the image validates both ELFs (32-bit, RISC-V, executable, addresses in range).
    let program = ProgramBinary::decode(&binary)
        .map_err(|e| CliError::bad("invalid_guest", format!("malformed R0BF guest: {}", chain(&e))))?;
    let image_id = program
        .compute_image_id()
        .map_err(|e| CliError::bad("invalid_guest", format!("guest is not a valid rv32im program: {}", chain(&e))))?;
    Ok(Guest { binary, image_id, format })
}
