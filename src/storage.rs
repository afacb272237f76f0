//! Where the game keeps what it writes (saved reports, and later the shift's journal), and how it
//! writes: atomically, so a crash or a full disk never leaves half a file where a whole one was.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The directory for the game's files: `CLINIC_DAY_DATA_DIR` when set (tests, a college's shared
/// drive), otherwise the platform's per-user data directory.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CLINIC_DAY_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    let base = if cfg!(windows) {
        std::env::var_os("APPDATA").map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        home().map(|h| h.join("Library").join("Application Support"))
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| home().map(|h| h.join(".local").join("share")))
    };
    // With no home at all, the working directory is the only place left.
    base.unwrap_or_else(|| PathBuf::from(".")).join("clinic-day")
}

/// Writes `bytes` to `path` through a temporary file beside it: written, flushed to the disk, then
/// renamed over the target, so readers see the old file or the new one and never a torn one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // The rename itself is only durable once the directory is synced (where the platform can).
        if let Ok(directory) = std::fs::File::open(dir) {
            let _ = directory.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = std::env::temp_dir().join(format!("clinic-day-storage-{}", std::process::id()));
        let path = dir.join("report.json");
        write_atomic(&path, b"a long first version").expect("first write");
        write_atomic(&path, b"short").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read back"), b"short");
        let left: Vec<_> =
            std::fs::read_dir(&dir).expect("list").filter_map(Result::ok).map(|e| e.file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("report.json")]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_atomic_write_into_a_file_in_the_way_fails_without_touching_it() {
        let dir = std::env::temp_dir().join(format!("clinic-day-storage-blocked-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let blocker = dir.join("not-a-dir");
        std::fs::write(&blocker, b"keep me").expect("blocker");
        assert!(write_atomic(&blocker.join("report.json"), b"x").is_err());
        assert_eq!(std::fs::read(&blocker).expect("still there"), b"keep me");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
