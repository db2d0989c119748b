use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Rotates `path` once it reaches `max_bytes`, keeping `keep` old copies: app.log.1 (newest) .. app.log.<keep>.
pub fn rotate(path: &Path, max_bytes: u64, keep: u32, hook: Option<&str>) -> io::Result<()> {
    let size = fs::metadata(path)?.len();
    if size < max_bytes {
        return Ok(());
    }
    for i in (1..=keep).rev() {
        let from = numbered(path, i);
        if from.exists() {
            fs::rename(&from, numbered(path, i + 1))?;
        }
    }
    fs::rename(path, numbered(path, 1))?;
    File::create(path)?;
    if let Some(cmd) = hook {
        let rotated = numbered(path, 1);
        let _ = Command::new("sh").arg("-c").arg(cmd.replace("{file}", &rotated.display().to_string())).status();
    }
    Ok(())
}

fn numbered(path: &Path, n: u32) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{}", n));
    PathBuf::from(name)
}
