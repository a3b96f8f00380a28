//! The bare cost of the one RSA verify the handler does, for comparison
//! with `openssl speed rsa2048` (README, "Crypto"):
//!
//!     cargo run --release --no-default-features --example rsa_verify_speed
//!
//! Verifies a 2 KB message (an SNS string to sign is 1-3 KB) signed by the
//! test key (tests/fixtures/pki/signing.key, signed with `openssl dgst`),
//! 20,000 times per SignatureVersion, and prints the median of 5 rounds.

use std::process::Command;
use std::time::Instant;

use quillcrm_sns::certificate::SigningKey;
use quillcrm_sns::envelope::SignatureVersion;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let pem = std::fs::read(format!("{root}/tests/fixtures/pki/signing.pem")).expect("the test PKI");
    let url = quillcrm_sns::certificate_url::check(
        "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef0123456789abcdef.pem",
        None,
    )
    .expect("a valid URL");
    let key = SigningKey::from_pem(&pem, &url).expect("the test certificate passes the checks");
    let message = vec![b'm'; 2048];
    let message_file = std::env::temp_dir().join(format!("rsa-verify-speed-{}.msg", std::process::id()));
    std::fs::write(&message_file, &message).expect("a temp file");
    for (version, digest, name) in [
        (SignatureVersion::V1Sha1, "-sha1", "SignatureVersion 1 (SHA1)"),
        (SignatureVersion::V2Sha256, "-sha256", "SignatureVersion 2 (SHA256)"),
    ] {
        let signed = Command::new("openssl")
            .args([
                "dgst",
                digest,
                "-sign",
                &format!("{root}/tests/fixtures/pki/signing.key"),
            ])
            .arg(&message_file)
            .output()
            .expect("openssl");
        let signature = signed.stdout;
        let mut rounds: Vec<f64> = (0..5)
            .map(|_| {
                const CALLS: u32 = 20_000;
                let started = Instant::now();
                for _ in 0..CALLS {
                    quillcrm_sns::signature::verify(&key, version, &message, &signature).expect("verifies");
                }
                started.elapsed().as_secs_f64() * 1e6 / f64::from(CALLS)
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "aws-lc-rs RSA-2048 verify, 2 KB message, {name}: {:.1} us (median of 5)",
            rounds[2]
        );
    }
    let _ = std::fs::remove_file(message_file);
}
