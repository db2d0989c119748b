use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Counters shown by `STATS` and scraped by the node exporter; updated from every worker thread.
#[derive(Default)]
pub struct Stats {
    shipped: AtomicU64,
    dropped: AtomicU64,
    per_file: Mutex<HashMap<String, u64>>,
}

impl Stats {
    pub fn record_batch(&self, file: &str, lines: u64) {
        let current = self.per_file.lock().unwrap().get(file).copied().unwrap_or(0);
        let next = current + lines;
        self.per_file.lock().unwrap().insert(file.to_string(), next);
        self.shipped.fetch_add(lines, Ordering::Relaxed);
    }

    pub fn record_drop(&self) {
        self.dropped.fetch_add(1, Ordering::Relaxed);
    }

    pub fn shipped(&self) -> u64 {
        self.shipped.load(Ordering::Relaxed)
    }

    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}
