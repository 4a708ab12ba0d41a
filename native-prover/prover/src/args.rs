//! A tiny `--flag value` parser. The CLI is a machine contract, so unknown or repeated flags are errors
//! rather than silently ignored.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::error::{CliError, CliResult};

pub struct Args {
    values: HashMap<String, String>,
    switches: Vec<String>,
}

impl Args {
    /// `switches` are the flags that take no value.
    pub fn parse(raw: &[String], allowed: &[&str], switches: &[&str]) -> CliResult<Self> {
        let mut values = HashMap::new();
        let mut seen_switches = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let flag = raw[i]
                .strip_prefix("--")
                .ok_or_else(|| CliError::bad("usage", format!("unexpected argument `{}`", raw[i])))?;
            if switches.contains(&flag) {
                seen_switches.push(flag.to_string());
                i += 1;
                continue;
            }
            if !allowed.contains(&flag) {
                return Err(CliError::bad("usage", format!("unknown flag --{flag}")));
            }
            let value = raw.get(i + 1).ok_or_else(|| CliError::bad("usage", format!("--{flag} needs a value")))?;
            if values.insert(flag.to_string(), value.clone()).is_some() {
                return Err(CliError::bad("usage", format!("--{flag} given twice")));
            }
            i += 2;
        }
        Ok(Self { values, switches: seen_switches })
    }

    pub fn opt(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    pub fn req(&self, name: &str) -> CliResult<&str> {
        self.opt(name).ok_or_else(|| CliError::bad("usage", format!("missing required flag --{name}")))
    }

    pub fn path(&self, name: &str) -> CliResult<PathBuf> {
        self.req(name).map(PathBuf::from)
    }

    /// An optional 32-byte digest flag given as hex (claim digests, image ids).
    pub fn digest(&self, name: &str) -> CliResult<Option<risc0_zkvm::Digest>> {
        self.opt(name).map(|h| crate::claims::parse_digest(h, name)).transpose()
    }

    pub fn switch(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }

    pub fn num<T: std::str::FromStr>(&self, name: &str) -> CliResult<Option<T>> {
        match self.opt(name) {
            None => Ok(None),
            Some(v) => {
                v.parse().map(Some).map_err(|_| CliError::bad("usage", format!("--{name} must be a number, got `{v}`")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn parses_values_and_switches() {
        let a = Args::parse(&v(&["--po2", "16", "--lift"]), &["po2"], &["lift"]).unwrap();
        assert_eq!(a.num::<u32>("po2").unwrap(), Some(16));
        assert!(a.switch("lift"));
        assert!(a.opt("missing").is_none());
    }

    #[test]
    fn rejects_unknown_repeated_missing_and_non_numeric() {
        assert_eq!(Args::parse(&v(&["--nope", "1"]), &["po2"], &[]).err().unwrap().code, "usage");
        assert_eq!(Args::parse(&v(&["--po2", "1", "--po2", "2"]), &["po2"], &[]).err().unwrap().code, "usage");
        assert_eq!(Args::parse(&v(&["--po2"]), &["po2"], &[]).err().unwrap().code, "usage");
        assert_eq!(Args::parse(&v(&["po2"]), &["po2"], &[]).err().unwrap().code, "usage");
        let a = Args::parse(&v(&["--po2", "x"]), &["po2"], &[]).unwrap();
        assert_eq!(a.num::<u32>("po2").err().unwrap().code, "usage");
        assert_eq!(a.req("other").err().unwrap().code, "usage");
    }
}
