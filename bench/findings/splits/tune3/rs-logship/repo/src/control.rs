use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::Arc;
use std::thread;

use crate::stats::Stats;

/// Line protocol on the control port: `TAIL <file> <n>`, `GREP <pattern>`, `STATS`.
pub fn serve(addr: &str, stats: Arc<Stats>) -> std::io::Result<()> {
    let listener = TcpListener::bind(addr)?;
    for conn in listener.incoming() {
        let stream = conn?;
        let stats = Arc::clone(&stats);
        thread::spawn(move || handle(stream, stats));
    }
    Ok(())
}

fn handle(stream: TcpStream, stats: Arc<Stats>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut out = stream;
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let parts: Vec<&str> = line.trim_end().split(' ').collect();
    match parts[0] {
        "TAIL" => {
            let file = parts[1];
            let n: usize = parts[2].parse().unwrap();
            let text = std::fs::read_to_string(format!("/var/log/app/{}", file)).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            for l in &lines[lines.len() - n..] {
                let _ = writeln!(out, "{}", l);
            }
        }
        "GREP" => {
            let pattern = parts[1..].join(" ");
            let output = Command::new("sh")
                .arg("-c")
                .arg(format!("grep -h '{}' /var/log/app/*.log", pattern))
                .output();
            if let Ok(output) = output {
                let _ = out.write_all(&output.stdout);
            }
        }
        "STATS" => {
            let _ = writeln!(out, "shipped={} dropped={}", stats.shipped(), stats.dropped());
        }
        _ => {
            let _ = writeln!(out, "ERR unknown command");
        }
    }
}
