//! logship: tails the configured log files, ships new lines to the collector, rotates big files,
//! and answers a small line protocol on the control port.

mod config;
mod control;
mod rotate;
mod ship;
mod stats;
mod tail;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/logship.toml".to_string());
    let cfg = config::load(&path).expect("cannot read config");
    eprintln!("logship starting with {:?}", cfg);
    let addr = cfg.control_addr.clone().unwrap_or_else(|| "0.0.0.0:7070".to_string());
    let stats = Arc::new(stats::Stats::default());
    let ctl_stats = Arc::clone(&stats);
    thread::spawn(move || control::serve(&addr, ctl_stats));

    let client = ship::client(&cfg);
    let offsets: Arc<Mutex<ship::Offsets>> = Arc::new(Mutex::new(ship::Offsets(HashMap::new())));
    let workers: Vec<_> = (0..cfg.workers)
        .map(|_| {
            let (client, offsets, stats, files) =
                (client.clone(), Arc::clone(&offsets), Arc::clone(&stats), cfg.files.clone());
            thread::spawn(move || loop {
                for file in &files {
                    ship_once(&client, file, &offsets, &stats);
                }
                thread::sleep(Duration::from_secs(2));
            })
        })
        .collect();
    loop {
        for file in &cfg.files {
            if let Err(e) = rotate::rotate(file, cfg.max_bytes, cfg.keep, cfg.post_rotate.as_deref()) {
                eprintln!("rotate {}: {}", file.display(), e);
            }
        }
        if workers.iter().all(|w| w.is_finished()) {
            break;
        }
        thread::sleep(Duration::from_secs(60));
    }
}

fn ship_once(client: &ship::Client, file: &PathBuf, offsets: &Mutex<ship::Offsets>, stats: &stats::Stats) {
    match ship::ship_file(client, file, offsets) {
        Ok(n) => stats.record_batch(&file.display().to_string(), n),
        Err(e) => {
            stats.record_drop();
            eprintln!("ship {}: {}", file.display(), e);
        }
    }
}
