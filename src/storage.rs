//! Where the game keeps what it writes (saved reports, and later the shift's journal), and how it
//! writes: atomically, so a crash or a full disk never leaves half a file where a whole one was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::rules::words::Words;

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

/// The most a file of each kind the program reads may hold: far above any honest file (a whole
/// clinic day is about 100 kB, a results file about 150 kB), far below what would hurt the machine.
/// Checked before reading, so an oversized file costs nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Scenario,
    ExamSheet,
    Results,
    Actions,
    LiveJournal,
    Roster,
    /// The game's own small files: its settings, where a witness queue goes.
    Settings,
}

impl FileKind {
    pub const fn max_bytes(self) -> u64 {
        const MB: u64 = 1024 * 1024;
        match self {
            FileKind::Scenario => 8 * MB,
            FileKind::ExamSheet => 64 * 1024,
            FileKind::Results => 16 * MB,
            FileKind::Actions => 8 * MB,
            FileKind::LiveJournal => 16 * MB,
            FileKind::Roster => 4 * MB,
            FileKind::Settings => 64 * 1024,
        }
    }

    /// "a results file", for messages.
    pub fn words(self) -> Words {
        Words::msg(match self {
            FileKind::Scenario => "read-error-kind-scenario",
            FileKind::ExamSheet => "read-error-kind-exam-sheet",
            FileKind::Results => "read-error-kind-results",
            FileKind::Actions => "read-error-kind-actions",
            FileKind::LiveJournal => "read-error-kind-live-journal",
            FileKind::Roster => "read-error-kind-roster",
            FileKind::Settings => "read-error-kind-settings",
        })
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    NotFound,
    /// A folder, a device, a pipe or a socket: reading one could hang or never end.
    NotAFile(NotRegular),
    TooBig {
        len: u64,
        kind: FileKind,
    },
    /// Read as text, but not UTF-8: the offset of the first bad byte.
    NotUtf8 {
        offset: usize,
    },
    /// Why the system could not read it, as it said it.
    Io(String),
}

/// What a path that is not a regular file is instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRegular {
    Folder,
    /// A device, a pipe or a socket.
    Device,
}

impl NotRegular {
    /// "a folder", for messages.
    pub fn words(self) -> Words {
        Words::msg(match self {
            NotRegular::Folder => "read-error-folder",
            NotRegular::Device => "read-error-device",
        })
    }
}

impl ReadError {
    /// Why the file could not be read, in words put into the reader's language when shown; the
    /// system's own reason is quoted as it is.
    pub fn words(&self) -> Words {
        match self {
            ReadError::NotFound => Words::msg("read-error-no-such-file"),
            ReadError::NotAFile(what) => Words::msg("load-not-a-file").arg("what", what.words()),
            ReadError::TooBig { len, kind } => Words::msg("read-error-too-big")
                .arg("size", size_words(*len))
                .arg("kind", kind.words())
                .arg("max", size_words(kind.max_bytes())),
            ReadError::NotUtf8 { offset } => Words::msg("read-error-not-utf8").arg("offset", *offset),
            ReadError::Io(why) => Words::msg("read-error-cannot-read").arg("why", why),
        }
    }
}

/// The reason in English.
impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.words().english())
    }
}

/// A size as people read it: "1.5 MB" from a megabyte up (to a tenth), "65 kB" below (rounded up).
fn size_words(bytes: u64) -> Words {
    if bytes >= 1024 * 1024 {
        // A tenth is all a size needs: far below where an f32 loses it.
        let megabytes = (bytes as f64 / 1_048_576.0) as f32;
        Words::msg("read-error-megabytes").arg("megabytes", crate::rules::words::Arg::Decimal(megabytes))
    } else {
        Words::msg("read-error-kilobytes").arg("kilobytes", format!("{:.0}", (bytes as f64 / 1024.0).ceil()))
    }
}

/// Reads a whole file that is untrusted: only a regular file (a symlink is followed to one), and no
/// more than `kind` allows, checked before reading and again while reading (a file that grows while
/// it is read is cut off and refused, never read without end).
pub fn read_capped(path: &Path, kind: FileKind) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let io = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound,
        _ => ReadError::Io(e.to_string()),
    };
    // The metadata first, without opening: opening a named pipe would wait for a writer.
    check_regular(&std::fs::metadata(path).map_err(io)?, kind)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // And the file opened, in case it was swapped between the two looks.
    check_regular(&file.metadata().map_err(io)?, kind)?;
    let mut bytes = Vec::new();
    file.take(kind.max_bytes() + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > kind.max_bytes() {
        return Err(ReadError::TooBig { len: bytes.len() as u64, kind });
    }
    Ok(bytes)
}

/// As `read_capped`, as UTF-8 text.
pub fn read_capped_text(path: &Path, kind: FileKind) -> Result<String, ReadError> {
    String::from_utf8(read_capped(path, kind)?).map_err(|e| ReadError::NotUtf8 { offset: e.utf8_error().valid_up_to() })
}

fn check_regular(metadata: &std::fs::Metadata, kind: FileKind) -> Result<(), ReadError> {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return Err(ReadError::NotAFile(NotRegular::Folder));
    }
    if !file_type.is_file() {
        return Err(ReadError::NotAFile(NotRegular::Device));
    }
    if metadata.len() > kind.max_bytes() {
        return Err(ReadError::TooBig { len: metadata.len(), kind });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capped_read_takes_regular_files_within_the_cap_and_refuses_the_rest() {
        let dir = tempfile::tempdir().expect("dir");
        let small = dir.path().join("sheet.ron");
        std::fs::write(&small, b"(exam_sheet: 1)").expect("write");
        assert_eq!(read_capped(&small, FileKind::ExamSheet).expect("read"), b"(exam_sheet: 1)");
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b'['; FileKind::ExamSheet.max_bytes() as usize + 1]).expect("write");
        assert!(matches!(read_capped(&big, FileKind::ExamSheet), Err(ReadError::TooBig { .. })));
        assert_eq!(read_capped(dir.path(), FileKind::Results), Err(ReadError::NotAFile(NotRegular::Folder)));
        assert_eq!(read_capped(&dir.path().join("missing"), FileKind::Results), Err(ReadError::NotFound));
        let error = read_capped(&big, FileKind::ExamSheet).expect_err("too big");
        assert_eq!(error.to_string(), "the file is 65 kB; an exam sheet is at most 64 kB");
        assert_eq!(
            error.words().in_lang(crate::i18n::Lang::Fr),
            "le fichier fait 65 ko\u{202f}; la limite pour une feuille d'examen est de 64 ko"
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_refused_without_reading_or_waiting() {
        let dir = tempfile::tempdir().expect("dir");
        // A symlink to an endless device: followed, and refused for what it points at.
        let endless = dir.path().join("endless.json");
        std::os::unix::fs::symlink("/dev/zero", &endless).expect("symlink");
        assert!(matches!(read_capped(&endless, FileKind::Results), Err(ReadError::NotAFile(_))));
        // A named pipe with no writer: opening it would wait for ever.
        let fifo = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
        assert!(made.success(), "mkfifo made the pipe");
        assert!(matches!(read_capped(&fifo, FileKind::Scenario), Err(ReadError::NotAFile(_))));
    }

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
