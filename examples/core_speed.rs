//! Where the time of one warm `quillcrm_sns_handle()` goes, without PHP: the
//! benchmark (bench/bench.py, measurement 1) runs this beside `openssl speed`
//! and the PHP loop, in the same rounds.
//!
//!     core_speed <body file> <signing PEM> <now> <key> <topic> <calls>
//!
//! The body is a signed SNS delivery (bench/php/lib.php signs it) whose
//! SigningCertURL serves the PEM. Prints one JSON line, CPU µs per call
//! (user + system, as `openssl speed` counts), medians of 5 interleaved
//! rounds:
//!
//! - `verify_us`: the crypto floor, `signature::verify` of this body's string
//!   to sign (SHA + one RSA-2048 verify through aws-lc-rs);
//! - `handle_us`: the whole pure core, `handler::handle` with the key in the
//!   memory cache (key check, JSON, string to sign, verify, SES
//!   classification, the response);
//! - `string_to_sign_bytes`: what the SHA hashes.

use std::time::Duration;

use quillcrm_sns_core::certificate::SigningKey;
use quillcrm_sns_core::certificate_cache::CertificateCache;
use quillcrm_sns_core::handler::{handle, Request, Services, DEFAULT_MAX_AGE};
use quillcrm_sns_core::https_client::{CertificateSource, ConfirmationClient};
use quillcrm_sns_core::{Error, SnsHeaders};

/// Serves the one PEM; the warm loop never asks again.
struct OnePem(Vec<u8>);

impl CertificateSource for OnePem {
    fn fetch_certificate(&self, _url: &str) -> Result<Vec<u8>, Error> {
        Ok(self.0.clone())
    }
}

impl ConfirmationClient for OnePem {
    fn confirm_subscription(&self, _url: &str) -> Result<Vec<u8>, Error> {
        Err(Error::ConfirmationFailed("not part of this benchmark".into()))
    }
}

fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

/// CPU µs per call of `f`, over `calls` calls.
fn per_call(calls: u32, mut f: impl FnMut()) -> f64 {
    let started = cpu_time();
    for _ in 0..calls {
        f();
    }
    (cpu_time() - started).as_secs_f64() * 1e6 / f64::from(calls)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, body_file, pem_file, now, key, topic, calls] = args.as_slice() else {
        eprintln!("usage: core_speed <body file> <signing PEM> <now> <key> <topic> <calls>");
        std::process::exit(2);
    };
    let body = std::fs::read(body_file).expect("the body file");
    let pem = std::fs::read(pem_file).expect("the PEM file");
    let now: i64 = now.parse().expect("now: Unix seconds");
    let calls: u32 = calls.parse().expect("calls: a count");

    let envelope = quillcrm_sns_core::envelope::parse(&body).expect("a well-formed SNS body");
    let string_to_sign = envelope.string_to_sign();
    let topic_arn = quillcrm_sns_core::topic_arn::TopicArn::parse(&envelope.topic_arn).expect("a valid TopicArn");
    let url = quillcrm_sns_core::certificate_url::check(&envelope.signing_cert_url, topic_arn.region)
        .expect("an accepted SigningCertURL");
    let signing_key = SigningKey::from_pem(&pem, &url).expect("the PEM passes the certificate checks");

    let source = OnePem(pem);
    let cache = CertificateCache::new(8, None);
    let services = Services {
        certificates: &cache,
        source: &source,
        confirmer: &source,
    };
    let request = Request {
        key: Some(key.as_bytes()),
        expected_key: key.as_bytes(),
        headers: SnsHeaders {
            message_type: Some("Notification".into()),
            topic_arn: Some(topic.clone()),
            raw_delivery: None,
        },
        allowed_topics: vec![topic.clone()],
        confirm: true,
        now,
        max_age: DEFAULT_MAX_AGE,
        min_signature_version: quillcrm_sns_core::envelope::SignatureVersion::V1Sha1,
    };
    let first = handle(&body, &request, &services);
    assert!(first.error.is_none(), "the body must be accepted: {:?}", first.error);

    let (mut verify_us, mut handle_us) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        verify_us.push(per_call(calls, || {
            quillcrm_sns_core::signature::verify(
                &signing_key,
                envelope.signature_version,
                std::hint::black_box(&string_to_sign),
                &envelope.signature,
            )
            .expect("the signature verifies");
        }));
        handle_us.push(per_call(calls, || {
            let response = handle(std::hint::black_box(&body), &request, &services);
            assert!(response.error.is_none());
        }));
    }
    println!(
        "{{\"verify_us\":{:.3},\"handle_us\":{:.3},\"string_to_sign_bytes\":{},\"calls\":{}}}",
        median(verify_us),
        median(handle_us),
        string_to_sign.len(),
        calls
    );
}
