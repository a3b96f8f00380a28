//! Signing keys kept between deliveries (rule 6).
//!
//! In process: a bounded map keyed by the full certificate URL, one fetch in
//! flight per URL (later callers wait for it and share its result), failures
//! never cached, an entry dropped once the clock passes the certificate's
//! notAfter. On disk: one file per URL in a 0700 directory of the PHP
//! process's own user, written atomically, and re-checked in full on every
//! load, so a new PHP worker does not refetch and a tampered file is never
//! trusted; a file written under test-only trust is never read under
//! production trust.

use std::collections::HashMap;
use std::ffi::CString;
use std::fs::{self, File};
use std::io::{Read as _, Write as _};
use std::os::fd::{AsRawFd as _, FromRawFd as _};
use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, OpenOptionsExt as _};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::certificate::{SigningKey, MAX_CERTIFICATE_BYTES};
use crate::certificate_url::CertificateUrl;
use crate::error::Error;
use crate::https_client::CertificateSource;

/// How many certificate URLs are kept in process (SNS uses one certificate
/// per region at a time, rotated about yearly).
pub const DEFAULT_CAPACITY: usize = 64;

/// Where a key came from (for tests and `php --ri` counters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOrigin {
    Memory,
    Disk,
    Network,
}

#[derive(Default)]
struct Slot {
    key: Mutex<Option<Arc<SigningKey>>>,
}

pub struct CertificateCache {
    slots: Mutex<HashMap<String, Arc<Slot>>>,
    capacity: usize,
    disk: Option<DiskCache>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves only a cache entry behind, never a
    // half-trusted key: keep using the data.
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl CertificateCache {
    pub fn new(capacity: usize, disk: Option<DiskCache>) -> CertificateCache {
        CertificateCache {
            slots: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
            disk,
        }
    }

    /// The checked key of `url`, from memory, disk or the network.
    pub fn key_for(
        &self,
        url: &CertificateUrl,
        source: &dyn CertificateSource,
        now: i64,
    ) -> Result<(Arc<SigningKey>, KeyOrigin), Error> {
        self.lookup(url, source, now, false)
    }

    /// Fetches the key of `url` again, bypassing both caches (used when a
    /// key read from disk does not verify: the file may have been swapped).
    pub fn refetch(
        &self,
        url: &CertificateUrl,
        source: &dyn CertificateSource,
        now: i64,
    ) -> Result<(Arc<SigningKey>, KeyOrigin), Error> {
        self.lookup(url, source, now, true)
    }

    fn lookup(
        &self,
        url: &CertificateUrl,
        source: &dyn CertificateSource,
        now: i64,
        network_only: bool,
    ) -> Result<(Arc<SigningKey>, KeyOrigin), Error> {
        let slot = self.slot(&url.url, now);
        // Held across the fetch: one fetch in flight per URL.
        let mut cached = lock(&slot.key);
        if !network_only {
            if let Some(key) = cached.as_ref().filter(|key| now <= key.not_after) {
                return Ok((Arc::clone(key), KeyOrigin::Memory));
            }
        }
        *cached = None;
        if !network_only {
            if let Some(key) = self.disk.as_ref().and_then(|disk| disk.load(url, now)) {
                let key = Arc::new(key);
                *cached = Some(Arc::clone(&key));
                return Ok((key, KeyOrigin::Disk));
            }
        }
        let pem = source.fetch_certificate(&url.url)?;
        let key = Arc::new(SigningKey::from_pem(&pem, url)?);
        if let Some(disk) = &self.disk {
            // A cache that cannot be written only costs a refetch later.
            let _ = disk.store(url, &pem);
        }
        *cached = Some(Arc::clone(&key));
        Ok((key, KeyOrigin::Network))
    }

    /// How many certificate URLs are held in memory.
    pub fn url_count(&self) -> usize {
        lock(&self.slots).len()
    }

    /// What the disk cache's directory is now; None when there is no disk cache.
    pub fn disk_directory_state(&self) -> Option<DirectoryState> {
        self.disk.as_ref().map(DiskCache::directory_state)
    }

    fn slot(&self, url: &str, now: i64) -> Arc<Slot> {
        let mut slots = lock(&self.slots);
        if let Some(slot) = slots.get(url) {
            return Arc::clone(slot);
        }
        if slots.len() >= self.capacity {
            // First drop what is empty or expired (a slot being fetched is
            // locked and kept); then, if still full, any one entry.
            slots.retain(|_, slot| match slot.key.try_lock() {
                Ok(key) => key.as_ref().is_some_and(|key| now <= key.not_after),
                Err(_) => true,
            });
            if slots.len() >= self.capacity {
                if let Some(victim) = slots.keys().next().cloned() {
                    slots.remove(&victim);
                }
            }
        }
        let slot = Arc::new(Slot::default());
        slots.insert(url.to_owned(), Arc::clone(&slot));
        slot
    }
}

/// The trust a certificate was fetched under. A certificate fetched while
/// test-only trust is on (a private CA, SNS host names sent elsewhere) is
/// never read back under production trust, so a cache directory that once
/// served a test keeps no test key for the site that follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchTrust {
    Production,
    TestOnly,
}

impl FetchTrust {
    /// The first line of a cache file.
    fn label(self) -> &'static str {
        match self {
            FetchTrust::Production => "production",
            FetchTrust::TestOnly => "test-only trust",
        }
    }
}

/// What the disk cache makes of its directory, as checked at every read
/// and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryState {
    /// Not there: the first store creates it, private (0700).
    Missing,
    /// A real directory of this user that nobody else can enter: used.
    Private,
    /// A link, another user's, open to others, or not a directory: never
    /// trusted, so never used.
    NotPrivate,
}

impl DirectoryState {
    pub fn as_str(self) -> &'static str {
        match self {
            DirectoryState::Missing => "missing",
            DirectoryState::Private => "private",
            DirectoryState::NotPrivate => "not_private",
        }
    }
}

/// The on-disk cache. File format: the trust it was fetched under, a
/// newline, the certificate URL, a newline, then the PEM exactly as fetched.
#[derive(Debug, Clone)]
pub struct DiskCache {
    dir: PathBuf,
    trust: FetchTrust,
}

impl DiskCache {
    pub fn new(dir: impl Into<PathBuf>, trust: FetchTrust) -> DiskCache {
        DiskCache { dir: dir.into(), trust }
    }

    /// What a cache file starts with: its trust and its URL, a line each.
    fn header(&self, url: &CertificateUrl) -> String {
        format!("{}\n{}\n", self.trust.label(), url.url)
    }

    /// The file of `url` in the directory.
    pub fn file_for(&self, url: &str) -> PathBuf {
        self.dir.join(file_name(url))
    }

    /// The key stored for `url`, only if the directory and file belong to
    /// this user and nobody else can write them, the file names this trust
    /// and this URL, and the certificate passes every check again and has
    /// not expired.
    /// Every check is made on the opened descriptors (`fstat`), and neither
    /// the directory nor the file is opened through a symbolic link
    /// (`O_NOFOLLOW`), so nothing can be swapped in between check and read.
    pub fn load(&self, url: &CertificateUrl, now: i64) -> Option<SigningKey> {
        let dir = self.open_private_dir().ok()?;
        let file = open_at(&dir, &file_name(&url.url), libc::O_RDONLY | libc::O_NONBLOCK, 0).ok()?;
        let meta = file.metadata().ok()?;
        let header = self.header(url);
        let limit = (MAX_CERTIFICATE_BYTES + header.len()) as u64;
        if !meta.is_file() || meta.uid() != effective_uid() || meta.mode() & 0o022 != 0 || meta.len() > limit {
            return None;
        }
        let mut content = Vec::with_capacity(meta.len() as usize);
        file.take(limit + 1).read_to_end(&mut content).ok()?;
        if content.len() as u64 > limit {
            return None;
        }
        let pem = content.strip_prefix(header.as_bytes())?;
        let key = SigningKey::from_pem(pem, url).ok()?;
        (now <= key.not_after).then_some(key)
    }

    /// What the directory is now (the check open_private_dir() makes).
    pub fn directory_state(&self) -> DirectoryState {
        match self.open_private_dir() {
            Ok(_) => DirectoryState::Private,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => DirectoryState::Missing,
            Err(_) => DirectoryState::NotPrivate,
        }
    }

    /// The directory, opened without following a link, when it is a real
    /// directory of this user that nobody else can enter.
    fn open_private_dir(&self) -> std::io::Result<File> {
        let dir = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW)
            .open(&self.dir)?;
        let meta = dir.metadata()?;
        if meta.is_dir() && meta.uid() == effective_uid() && meta.mode() & 0o077 == 0 {
            Ok(dir)
        } else {
            // load() would never trust what is written here.
            Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the cache directory is not private to this user",
            ))
        }
    }

    /// Stores a fetched PEM: the directory is created 0700 when missing,
    /// the file written 0600 under a temporary name and renamed into place,
    /// both relative to the opened directory.
    pub fn store(&self, url: &CertificateUrl, pem: &[u8]) -> std::io::Result<()> {
        if !self.dir.exists() {
            fs::DirBuilder::new().recursive(true).mode(0o700).create(&self.dir)?;
        }
        let dir = self.open_private_dir()?;
        let temp_name = format!(
            ".tmp-{}-{:x}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default()
        );
        let result = (|| {
            let mut file = open_at(&dir, &temp_name, libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL, 0o600)?;
            file.write_all(self.header(url).as_bytes())?;
            file.write_all(pem)?;
            file.sync_all()?;
            rename_at(&dir, &temp_name, &file_name(&url.url))
        })();
        if result.is_err() {
            let _ = unlink_at(&dir, &temp_name);
        }
        result
    }
}

/// `<sha256 hex of the URL>.pem`.
fn file_name(url: &str) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, url.as_bytes());
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.pem")
}

fn c_name(name: &str) -> std::io::Result<CString> {
    CString::new(name).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
}

/// `openat(2)` relative to `dir`, never through a symbolic link.
fn open_at(dir: &File, name: &str, flags: libc::c_int, mode: libc::mode_t) -> std::io::Result<File> {
    let name = c_name(name)?;
    // SAFETY: `dir` is an open descriptor and `name` a NUL-terminated string,
    // both alive for the call; the returned descriptor is owned by the File.
    let fd = unsafe {
        libc::openat(
            dir.as_raw_fd(),
            name.as_ptr(),
            flags | libc::O_NOFOLLOW | libc::O_CLOEXEC,
            libc::c_uint::from(mode),
        )
    };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` was just returned by openat and is owned by nobody else.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// `renameat(2)` within `dir`.
fn rename_at(dir: &File, from: &str, to: &str) -> std::io::Result<()> {
    let (from, to) = (c_name(from)?, c_name(to)?);
    // SAFETY: valid descriptor and NUL-terminated names, alive for the call.
    let done = unsafe { libc::renameat(dir.as_raw_fd(), from.as_ptr(), dir.as_raw_fd(), to.as_ptr()) };
    if done == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// `unlinkat(2)` within `dir`.
fn unlink_at(dir: &File, name: &str) -> std::io::Result<()> {
    let name = c_name(name)?;
    // SAFETY: valid descriptor and NUL-terminated name, alive for the call.
    let done = unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0) };
    if done == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

fn effective_uid() -> u32 {
    // SAFETY: geteuid() has no preconditions and cannot fail (POSIX).
    unsafe { libc::geteuid() }
}
