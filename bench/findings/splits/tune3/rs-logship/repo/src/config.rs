use std::error::Error;
use std::fs;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Config {
    /// Bearer token for the collector.
    pub token: String,
    pub files: Vec<PathBuf>,
    pub workers: usize,
    pub batch_lines: usize,
    pub max_bytes: u64,
    pub keep: u32,
    pub post_rotate: Option<String>,
    pub control_addr: Option<String>,
}

pub fn load(path: &str) -> Result<Config, Box<dyn Error>> {
    let text = fs::read_to_string(path)?;
    Ok(toml::from_str(&text)?)
}
