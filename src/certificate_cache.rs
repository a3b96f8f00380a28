//! Signing keys kept between deliveries (rule 6).
//!
//! In process: a bounded map keyed by the full certificate URL, one fetch in
//! flight per URL (later callers wait for it and share its result), failures
//! never cached, an entry dropped once the clock passes the certificate's
//! notAfter. On disk: one file per URL in a 0700 directory of the PHP
//! process's own user, written atomically, and re-checked in full on every
//! load, so a new PHP worker does not refetch and a tampered file is never
//! trusted.

use std::collections::HashMap;
use std::fs;
use std::io::Write as _;
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

/// The on-disk cache. File format: the certificate URL, a newline, then the
/// PEM exactly as fetched.
#[derive(Debug, Clone)]
pub struct DiskCache {
    dir: PathBuf,
}

impl DiskCache {
    pub fn new(dir: impl Into<PathBuf>) -> DiskCache {
        DiskCache { dir: dir.into() }
    }

    pub fn file_for(&self, url: &str) -> PathBuf {
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, url.as_bytes());
        let name: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.pem"))
    }

    /// The key stored for `url`, only if the directory and file belong to
    /// this user and nobody else can write them, the file names this URL,
    /// and the certificate passes every check again and has not expired.
    pub fn load(&self, url: &CertificateUrl, now: i64) -> Option<SigningKey> {
        if !self.is_private_dir() {
            return None;
        }
        let uid = effective_uid();
        let path = self.file_for(&url.url);
        let meta = fs::symlink_metadata(&path).ok()?;
        let limit = (MAX_CERTIFICATE_BYTES + url.url.len() + 1) as u64;
        if !meta.is_file() || meta.uid() != uid || meta.mode() & 0o022 != 0 || meta.len() > limit {
            return None;
        }
        let content = fs::read(&path).ok()?;
        let newline = content.iter().position(|&b| b == b'\n')?;
        if &content[..newline] != url.url.as_bytes() {
            return None;
        }
        let key = SigningKey::from_pem(&content[newline + 1..], url).ok()?;
        (now <= key.not_after).then_some(key)
    }

    /// Whether the directory exists, is a real directory (not a link),
    /// belongs to this user and nobody else can enter it.
    fn is_private_dir(&self) -> bool {
        fs::symlink_metadata(&self.dir)
            .is_ok_and(|dir| dir.is_dir() && dir.uid() == effective_uid() && dir.mode() & 0o077 == 0)
    }

    /// Stores a fetched PEM: the directory is created 0700 when missing,
    /// the file written 0600 under a temporary name and renamed into place.
    pub fn store(&self, url: &CertificateUrl, pem: &[u8]) -> std::io::Result<()> {
        if !self.dir.exists() {
            fs::DirBuilder::new().recursive(true).mode(0o700).create(&self.dir)?;
        }
        if !self.is_private_dir() {
            // load() would never trust what is written here.
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the cache directory is not private to this user",
            ));
        }
        let final_path = self.file_for(&url.url);
        let temp_path = self.dir.join(format!(
            ".tmp-{}-{:x}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default()
        ));
        let result = (|| {
            let mut file = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&temp_path)?;
            file.write_all(url.url.as_bytes())?;
            file.write_all(b"\n")?;
            file.write_all(pem)?;
            file.sync_all()?;
            fs::rename(&temp_path, &final_path)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&temp_path);
        }
        result
    }
}

fn effective_uid() -> u32 {
    // SAFETY: geteuid() has no preconditions and cannot fail (POSIX).
    unsafe { libc::geteuid() }
}
