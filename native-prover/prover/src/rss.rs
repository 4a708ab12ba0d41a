//! Peak resident memory of this process, the number workers size themselves with.

pub fn peak_rss_bytes() -> u64 {
    // SAFETY: getrusage only writes into the struct we hand it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    if rc != 0 {
        return 0;
    }
    // Linux reports ru_maxrss in KiB.
    (usage.ru_maxrss as u64) * 1024
}
