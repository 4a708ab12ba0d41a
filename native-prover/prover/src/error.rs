//! The prover's only error type. Every failure leaves the process as one JSON object with a stable `code`,
//! so callers (coordinator, worker) branch on codes, never on message text.

use std::fmt;

/// Exit status 2: the caller gave us something we refuse (bad file, bad claim, guest failure).
pub const EXIT_BAD_INPUT: i32 = 2;
/// Exit status 1: we failed on good input (I/O error, prover bug).
pub const EXIT_INTERNAL: i32 = 1;

#[derive(Debug)]
pub struct CliError {
    pub code: &'static str,
    pub message: String,
    pub exit: i32,
}

impl CliError {
    pub fn bad(code: &'static str, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), exit: EXIT_BAD_INPUT }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self { code: "internal", message: message.into(), exit: EXIT_INTERNAL }
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "error": { "code": self.code, "message": self.message } })
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

/// Render an anyhow chain on one line: RISC Zero errors carry their useful detail in the causes.
pub fn chain(err: &anyhow::Error) -> String {
    err.chain().map(|c| c.to_string()).collect::<Vec<_>>().join(": ")
}

pub type CliResult<T> = Result<T, CliError>;
