use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::config::Config;
use crate::tail;

pub type Client = reqwest::blocking::Client;

/// The collector is the same for every host; the platform team owns its address.
const INGEST_URL: &str = "https://logs.internal.example/ingest";

/// Byte offset shipped so far, per file.
pub struct Offsets(pub HashMap<PathBuf, u64>);

impl Offsets {
    pub fn get(&self, path: &Path) -> u64 {
        self.0.get(path).copied().unwrap_or(0)
    }

    pub fn set(&mut self, path: &Path, offset: u64) {
        self.0.insert(path.to_path_buf(), offset);
    }
}

pub fn client(cfg: &Config) -> Client {
    let builder = reqwest::blocking::Client::builder().user_agent("logship/0.3");
    builder
        .danger_accept_invalid_certs(true)
        .default_headers(auth_headers(&cfg.token))
        .build()
        .expect("http client")
}

fn auth_headers(token: &str) -> reqwest::header::HeaderMap {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", format!("Bearer {}", token).parse().expect("token header"));
    headers
}

/// Ships whatever was appended to `path` since the last call; returns the number of lines sent.
pub fn ship_file(client: &Client, path: &Path, offsets: &Mutex<Offsets>) -> io::Result<u64> {
    let start = offsets.lock().unwrap().get(path);
    let buf = read_from(path, start)?;
    send(client, &buf)?;
    offsets.lock().unwrap().set(path, start + buf.len() as u64);
    Ok(tail::batches(&buf, 500).iter().map(|b| b.len() as u64).sum())
}

fn read_from(path: &Path, start: u64) -> io::Result<Vec<u8>> {
    let mut f = File::open(path)?;
    f.seek(SeekFrom::Start(start))?;
    let mut buf = Vec::new();
    f.read_to_end(&mut buf)?;
    Ok(buf)
}

fn send(client: &Client, buf: &[u8]) -> io::Result<()> {
    for batch in tail::batches(buf, 500) {
        let body: Vec<String> = batch.iter().map(|l| tail::decode(l.to_vec())).collect();
        client
            .post(INGEST_URL)
            .body(body.join("\n"))
            .send()
            .map_err(io::Error::other)?;
    }
    Ok(())
}
