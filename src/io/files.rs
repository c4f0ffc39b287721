//! Files kring writes hold personal data (contacts, notes, whole databases).
//! Every one is created readable and writable by its owner only (0600 on
//! Unix) whatever the umask, and written beside its target under a temporary
//! name, then renamed into place: a failure half-way (a full disk, Ctrl-C)
//! leaves the file that was there before, never half a file. A device or a
//! pipe (`-o /dev/stdout`, a fifo) is written to directly.

use crate::{Error, Result};
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; it appears under its name only on [`PrivateFile::commit`].
pub struct PrivateFile {
    writer: BufWriter<File>,
    target: PathBuf,
    /// The temporary file, or None when writing straight to a device or pipe.
    temp: Option<PathBuf>,
}

impl PrivateFile {
    pub fn create(target: &Path) -> Result<PrivateFile> {
        let cannot = |e: std::io::Error| Error::Io(format!("cannot write {}: {e}", target.display()));
        let special = std::fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir());
        if special {
            let file = OpenOptions::new().write(true).open(target).map_err(cannot)?;
            return Ok(PrivateFile {
                writer: BufWriter::new(file),
                target: target.to_path_buf(),
                temp: None,
            });
        }
        let temp = temporary_name(target);
        let file = create_owner_only(&temp).map_err(cannot)?;
        Ok(PrivateFile {
            writer: BufWriter::new(file),
            target: target.to_path_buf(),
            temp: Some(temp),
        })
    }

    pub fn writer(&mut self) -> &mut BufWriter<File> {
        &mut self.writer
    }

    /// Flush, sync and rename into place.
    pub fn commit(mut self) -> Result<()> {
        let target = self.target.clone();
        let cannot = |e: std::io::Error| Error::Io(format!("cannot write {}: {e}", target.display()));
        self.writer.flush().map_err(cannot)?;
        let Some(temp) = self.temp.take() else { return Ok(()) };
        let synced = self.writer.get_ref().sync_all();
        if let Err(e) = synced.and_then(|_| std::fs::rename(&temp, &target)) {
            let _ = std::fs::remove_file(&temp);
            return Err(cannot(e));
        }
        Ok(())
    }
}

impl Drop for PrivateFile {
    /// Not committed: the temporary file goes, the target stays as it was.
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// Refuse to write over the open database, its `-wal` or `-shm`, or one of
/// kring's copies. Compared by device and inode, not by name, so another name
/// for the same file (`./kring.sqlite`, a link) is caught too.
pub fn refuse_protected(target: &Path, protected: &[PathBuf]) -> Result<()> {
    let Ok(meta) = std::fs::metadata(target) else {
        return Ok(());
    };
    for file in protected {
        let Ok(other) = std::fs::metadata(file) else { continue };
        if same_file(&meta, &other) {
            return Err(Error::invalid(format!(
                "{} is {}; choose another file (nothing was written)",
                target.display(),
                if file == &protected[0] {
                    "the kring database itself".to_string()
                } else {
                    format!("kring's own {}", file.display())
                }
            )));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

/// Write a whole file at once, privately and atomically.
pub fn write_private(target: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = PrivateFile::create(target)?;
    file.writer()
        .write_all(bytes)
        .map_err(|e| Error::Io(format!("cannot write {}: {e}", target.display())))?;
    file.commit()
}

/// A new file only its owner may read (fails if `path` exists).
pub fn create_owner_only(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    // The mode given to open() is masked by the umask only to remove bits,
    // so 0600 stays 0600; set it again for filesystems that ignore the mode.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// A file for this process alone that has no name: made private in the
/// temporary folder and its name removed at once, so that nothing of what
/// it holds (a workbook's contacts as CSV) is left however kring ends.
#[cfg(unix)]
pub fn nameless() -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let target = std::env::temp_dir().join("kring-spill");
    let path = temporary_name(&target);
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)?;
    std::fs::remove_file(&path)?;
    Ok(file)
}

/// `.contacts.csv.kring-1234-0` beside `contacts.csv`: same folder (so the
/// rename is atomic), hidden, and unique per process and call.
fn temporary_name(target: &Path) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kring".into());
    target.with_file_name(format!(".{name}.kring-{}-{n}", std::process::id()))
}

/// A file opened to be read, or an error that names it.
pub fn read_only(path: &Path) -> Result<File> {
    File::open(path).map_err(|e| cannot_read(path, e))
}

/// A whole file's bytes (one that must be decoded whole), or an error that
/// names it.
pub fn read_all(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| cannot_read(path, e))
}

/// A file's first `most` bytes (what it is shows there).
pub fn read_start(path: &Path, most: u64) -> Result<Vec<u8>> {
    let mut start = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(read_only(path)?, most), &mut start)
        .map_err(|e| cannot_read(path, e))?;
    Ok(start)
}

fn cannot_read(path: &Path, e: std::io::Error) -> Error {
    Error::Io(format!("cannot read {}: {e}", path.display()))
}

/// A file's size and when it last changed: what it was checked as, when it
/// is read again later (an import's rows, after its preview).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp(u64, Option<std::time::SystemTime>);

impl Stamp {
    pub fn of(path: &Path) -> Result<Stamp> {
        let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, e))?;
        Ok(Stamp(meta.len(), meta.modified().ok()))
    }

    /// An error when the file changed since (saved again in Excel between a
    /// preview and the import): its rows are not the ones shown.
    pub fn unchanged(&self, path: &Path) -> Result<()> {
        match Stamp::of(path)? == *self {
            true => Ok(()),
            false => Err(Error::invalid(crate::t!(
                "err-import-file-changed",
                file = path.display().to_string()
            ))),
        }
    }
}

/// What a file is, read through once without holding it: whether it is
/// blank (whitespace only), and where its first byte that is not UTF-8 is.
pub struct Look {
    pub blank: bool,
    pub not_utf8_at: Option<usize>,
}

pub fn look(mut bytes: impl std::io::Read) -> Result<Look> {
    let mut chunk = vec![0; 64 * 1024];
    let (mut carry, mut offset) = (Vec::new(), 0usize);
    let mut look = Look {
        blank: true,
        not_utf8_at: None,
    };
    loop {
        let n = bytes
            .read(&mut chunk)
            .map_err(|e| Error::Io(format!("cannot read the file: {e}")))?;
        look.blank &= chunk[..n].iter().all(u8::is_ascii_whitespace);
        if look.not_utf8_at.is_none() {
            carry.extend_from_slice(&chunk[..n]);
            match std::str::from_utf8(&carry) {
                Ok(_) => {
                    offset += carry.len();
                    carry.clear();
                }
                // A character cut by the chunk's end: its rest comes next.
                Err(e) if e.error_len().is_none() && n > 0 => {
                    offset += e.valid_up_to();
                    carry.drain(..e.valid_up_to());
                }
                Err(e) => look.not_utf8_at = Some(offset + e.valid_up_to()),
            }
        }
        if n == 0 {
            return Ok(look);
        }
    }
}

/// Open a document (a path or URL) the way the desktop does: `KRING_OPENER`
/// if set, else `xdg-open` (`open` on macOS). kring does not wait for it; a
/// path whose file is gone is refused by name.
pub fn open_with_system(location: &str) -> Result<()> {
    let url = crate::model::attachments::is_url(location);
    // What kring attaches is an absolute path or a web address; anything
    // else (written into a team database by other means: an option such as
    // `--help`, a `file:` or `smb:` URL) is not handed to the opener.
    if !url && !Path::new(location).is_absolute() {
        return Err(Error::invalid(crate::t!(
            "err-document-not-openable",
            location = location
        )));
    }
    if !url && !Path::new(location).exists() {
        return Err(Error::invalid(crate::t!("err-document-gone", path = location)));
    }
    let opener = std::env::var("KRING_OPENER")
        .unwrap_or_else(|_| if cfg!(target_os = "macos") { "open" } else { "xdg-open" }.to_string());
    let mut child = std::process::Command::new(&opener)
        .arg(location)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            Error::Io(crate::t!(
                "err-no-opener",
                opener = opener.as_str(),
                error = e.to_string()
            ))
        })?;
    // Reaped aside, so that no finished opener lingers.
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod opening {
    use super::open_with_system;

    /// What a colleague could write into a team database by hand is never
    /// handed to the opener: an option, a relative path, another scheme.
    #[test]
    fn only_an_absolute_path_or_a_web_address_is_opened() {
        for location in ["--help", "contract.pdf", "file:///etc/passwd", "smb://server/share"] {
            let refused = open_with_system(location).unwrap_err().to_string();
            assert!(refused.contains("neither a path"), "{location}: {refused}");
        }
        let gone = open_with_system("/nowhere/at/all.pdf").unwrap_err().to_string();
        assert!(gone.contains("is gone"), "{gone}");
    }
}
