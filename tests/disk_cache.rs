//! The disk certificate cache reads what it checked: the directory and the
//! file are opened without following a link, and every check is made on the
//! opened descriptors, so a file swapped while it is read cannot slip a
//! planted key in.

mod sns_fixture;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use quillcrm_sns_core::certificate_cache::{DirectoryState, DiskCache, FetchTrust};
use quillcrm_sns_core::certificate_url;
use quillcrm_sns_core::envelope::SignatureVersion;
use quillcrm_sns_core::signature;
use sns_fixture::*;

fn private_dir(name: &str) -> PathBuf {
    use std::os::unix::fs::DirBuilderExt as _;
    let dir = std::env::temp_dir().join(format!("quillcrm-disk-cache-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::DirBuilder::new().mode(0o700).create(&dir).unwrap();
    dir
}

fn cache_file(url: &str, pem_file: &str) -> Vec<u8> {
    let mut content = format!("production\n{url}\n").into_bytes();
    content.extend(std::fs::read(pki(pem_file)).unwrap());
    content
}

fn write_private(path: &std::path::Path, content: &[u8]) {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .unwrap();
    file.write_all(content).unwrap();
}

#[test]
fn a_cache_file_swapped_for_a_link_to_a_planted_key_is_never_read_through_the_link() {
    let dir = private_dir("swap");
    let url = cert_url("us-east-1", 7);
    let checked = certificate_url::check(&url, "us-east-1").unwrap();
    let disk = DiskCache::new(&dir, FetchTrust::Production);
    let target = disk.file_for(&url);
    // The genuine cached certificate, and a planted one (another key, also
    // named sns.amazonaws.com) that a link in its place would point to.
    let genuine = dir.join("genuine");
    let planted = dir.join("planted");
    write_private(&genuine, &cache_file(&url, "signing.pem"));
    write_private(&planted, &cache_file(&url, "signing-cn-only.pem"));
    let data = b"string to sign";
    let signed_by_genuine = base64::engine::general_purpose::STANDARD
        .decode(openssl_sign("signing.key", "1", data))
        .unwrap();

    // Swap the file for a link and back, as fast as possible, while loading.
    let stop = Arc::new(AtomicBool::new(false));
    let swapper = {
        let (stop, dir, target, genuine, planted) = (stop.clone(), dir.clone(), target.clone(), genuine, planted);
        std::thread::spawn(move || {
            let (file_tmp, link_tmp) = (dir.join("file.tmp"), dir.join("link.tmp"));
            let content = std::fs::read(&genuine).unwrap();
            while !stop.load(Ordering::Relaxed) {
                write_private(&file_tmp, &content);
                std::fs::rename(&file_tmp, &target).unwrap();
                let _ = std::fs::remove_file(&link_tmp);
                std::os::unix::fs::symlink(&planted, &link_tmp).unwrap();
                std::fs::rename(&link_tmp, &target).unwrap();
            }
        })
    };
    let (mut loaded, mut planted_loads) = (0, 0);
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(3) {
        if let Some(key) = disk.load(&checked, NOW) {
            loaded += 1;
            if signature::verify(&key, SignatureVersion::V1Sha1, data, &signed_by_genuine).is_err() {
                planted_loads += 1;
            }
        }
    }
    stop.store(true, Ordering::Relaxed);
    swapper.join().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(loaded > 0, "the genuine file was never loaded: the test did not run");
    assert_eq!(
        planted_loads, 0,
        "{planted_loads} of {loaded} loads returned the planted key"
    );
}

#[test]
fn a_link_to_a_private_directory_is_not_a_cache_directory() {
    let real = private_dir("real");
    let link = std::env::temp_dir().join(format!("quillcrm-disk-cache-{}-link", std::process::id()));
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let url = cert_url("us-east-1", 8);
    write_private(
        &DiskCache::new(&real, FetchTrust::Production).file_for(&url),
        &cache_file(&url, "signing.pem"),
    );
    let checked = certificate_url::check(&url, "us-east-1").unwrap();

    let through_link = DiskCache::new(&link, FetchTrust::Production).load(&checked, NOW);
    let direct = DiskCache::new(&real, FetchTrust::Production).load(&checked, NOW);

    let _ = std::fs::remove_file(&link);
    let _ = std::fs::remove_dir_all(&real);
    assert!(
        direct.is_some(),
        "the control: the same file read from the real directory"
    );
    assert!(through_link.is_none());
}

fn state_of(dir: &std::path::Path) -> DirectoryState {
    DiskCache::new(dir, FetchTrust::Production).directory_state()
}

#[test]
fn a_private_directory_of_this_user_is_private() {
    assert_eq!(state_of(&private_dir("state-private")), DirectoryState::Private);
}

#[test]
fn a_directory_not_there_yet_is_missing() {
    assert_eq!(
        state_of(&private_dir("state-parent").join("not-yet")),
        DirectoryState::Missing
    );
}

#[test]
fn a_directory_open_to_other_users_is_not_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = private_dir("state-open");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(state_of(&dir), DirectoryState::NotPrivate);
}

#[test]
fn a_link_to_a_private_directory_is_not_private() {
    let real = private_dir("state-real");
    let link = real.with_file_name(format!("quillcrm-disk-cache-{}-state-link", std::process::id()));
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert_eq!(state_of(&link), DirectoryState::NotPrivate);
}
