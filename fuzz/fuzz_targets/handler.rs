//! The whole handler entry: body, headers and request options, with the
//! certificate fetch served from memory and a confirmer that records and
//! answers. Besides "never panics", it checks the handler's promises on
//! every input (see `check_promises`).
//!
//! Input: a 20-byte header, then the body; bytes after the body's first NUL
//! (never in a JSON body) are NUL-separated strings the header may pick as
//! header values or a confirmation answer. fuzz/README.md has the layout;
//! fuzz/make-corpus.py writes the seeds.
#![no_main]

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{RsaKeyPair, RSA_PKCS1_SHA256};
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use quillcrm_sns_core::certificate_cache::CertificateCache;
use quillcrm_sns_core::confirm::check_subscribe_url;
use quillcrm_sns_core::envelope::SignatureVersion;
use quillcrm_sns_core::https_client::{CertificateSource, ConfirmationClient};
use quillcrm_sns_core::timestamp::parse_sns_timestamp;
use quillcrm_sns_core::topic_arn::sns_host;
use quillcrm_sns_core::{handle, Error, Outcome, Request, Response, Services, SnsHeaders};
use serde_json::{Map, Value};

/// The project's test-side string to sign (shared with the integration tests).
#[path = "../../tests/sns_fixture/string_to_sign.rs"]
mod sns_string_to_sign;
use sns_string_to_sign::string_to_sign;

const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
const OTHER_TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:other";
const KEY: &[u8] = b"s3cr3t-webhook-key";
/// 2026-11-26T12:00:00Z, the clock of the project's signed test messages.
const NOW: i64 = 1_795_694_400;
const HEADER_LEN: usize = 20;

/// Certificates by URL: the project's test PKI at the URLs the tests use,
/// and, when the shared folder is there, the genuine AWS certificates at
/// their real URLs (read at start-up, never copied).
struct Certificates(HashMap<String, Vec<u8>>);

impl CertificateSource for Certificates {
    fn fetch_certificate(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.0
            .get(url)
            .cloned()
            .ok_or_else(|| Error::CertUnavailable("the host answered HTTP 404".into()))
    }
}

fn cert_url(region: &str, id: u8) -> String {
    let id = format!("{id:02x}").repeat(16);
    format!("https://{}/SimpleNotificationService-{id}.pem", sns_host(region))
}

struct Fixture {
    certificates: Certificates,
    signer: RsaKeyPair,
    shared_cache: CertificateCache,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let pki = root.join("tests/fixtures/pki");
        let read = |name: &str| std::fs::read(pki.join(name)).expect("tests/fixtures/pki is part of the checkout");
        let mut by_url = HashMap::new();
        by_url.insert(cert_url("us-east-1", 1), read("signing.pem"));
        // Each certificate check gets a certificate that fails it.
        for (id, name) in [
            (2, "signing-1024.pem"),
            (3, "signing-ec.pem"),
            (4, "signing-expired.pem"),
            (5, "signing-wrong-name.pem"),
            (6, "signing-optin.pem"),
            (7, "test-ca.pem"),
            (8, "tls-sns.pem"),
        ] {
            by_url.insert(cert_url("us-east-1", id), read(name));
        }
        by_url.insert(cert_url("cn-north-1", 1), read("signing-cn.pem"));
        by_url.insert(cert_url("cn-north-1", 2), read("signing-cn-only.pem"));
        by_url.insert(
            cert_url("us-east-1", 0xfe),
            b"<Error><Code>NoSuchKey</Code></Error>".to_vec(),
        );
        let mut two = read("signing.pem");
        two.extend(read("test-ca.pem"));
        by_url.insert(cert_url("us-east-1", 0xff), two);
        let shared = root.join("../shared/fixtures/sns-real");
        for dir in std::fs::read_dir(&shared).into_iter().flatten().flatten() {
            for file in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
                let Ok(Value::Object(fields)) = serde_json::from_slice(&std::fs::read(file.path()).unwrap_or_default())
                else {
                    continue;
                };
                let Some(url) = fields
                    .get("SigningCertURL")
                    .or(fields.get("SigningCertUrl"))
                    .and_then(Value::as_str)
                else {
                    continue;
                };
                if let Ok(pem) = std::fs::read(dir.path().join(url.rsplit('/').next().unwrap_or_default())) {
                    by_url.insert(url.to_owned(), pem.clone());
                    // The ses-samples envelopes use the same certificate in us-east-1.
                    by_url.insert(url.replace("us-east-2", "us-east-1"), pem);
                }
            }
        }
        let key_pem = String::from_utf8(read("signing.key")).unwrap();
        let b64: String = key_pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
        Fixture {
            certificates: Certificates(by_url),
            signer: RsaKeyPair::from_pkcs8(&der).expect("signing.key is PKCS#8 RSA"),
            shared_cache: CertificateCache::new(8, None),
        }
    })
}

/// Answers confirmation GETs the way the header says, recording each URL.
struct Confirmer<'a> {
    mode: u8,
    garbage: &'a [u8],
    visited: Mutex<Vec<String>>,
}

impl ConfirmationClient for Confirmer<'_> {
    fn confirm_subscription(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.visited.lock().unwrap().push(url.to_owned());
        let topic = url
            .split("TopicArn=")
            .nth(1)
            .and_then(|r| r.split('&').next())
            .unwrap_or_default()
            .replace("%3A", ":");
        let answer = |topic: &str| {
            format!(
                "<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><ConfirmSubscriptionResult><SubscriptionArn>{topic}:7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>"
            )
            .into_bytes()
        };
        match self.mode {
            0 => Ok(answer(&topic)),
            1 => Err(Error::ConfirmationFailed("SNS answered HTTP 500".into())),
            2 => Ok(self.garbage.to_vec()),
            _ => Ok(answer(OTHER_TOPIC)),
        }
    }
}

/// Signs `fields` with tests/fixtures/pki/signing.key as SignatureVersion 2
/// (aws-lc-rs signs SHA1 only for verification; SignatureVersion 1 is
/// covered by the genuine AWS seeds).
fn sign(fields: &mut Map<String, Value>) {
    fields.insert("SignatureVersion".into(), Value::String("2".into()));
    let data = string_to_sign(fields);
    let signer = &fixture().signer;
    let mut signature = vec![0; signer.public_modulus_len()];
    signer
        .sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), &data, &mut signature)
        .unwrap();
    let signature = base64::engine::general_purpose::STANDARD.encode(signature);
    fields.insert("Signature".into(), Value::String(signature));
}

fn le_i64(bytes: &[u8]) -> i64 {
    i64::from_le_bytes(bytes.try_into().unwrap())
}

fuzz_target!(|data: &[u8]| {
    if data.len() < HEADER_LEN {
        return;
    }
    let (header, rest) = data.split_at(HEADER_LEN);
    let (a, b, c) = (header[0], header[1], header[2]);
    let raw_now = le_i64(&header[4..12]);
    let raw_max_age = le_i64(&header[12..20]);
    let mut parts = rest.split(|&byte| byte == 0);
    let body = parts.next().unwrap_or_default();
    let tail: Vec<&[u8]> = parts.collect();
    let tail_text = |i: usize| String::from_utf8_lossy(tail.get(i).copied().unwrap_or_default()).into_owned();

    let confirm = a & 1 != 0;
    let sign_it = a & 2 != 0;
    let key_mode = (a >> 2) & 3;
    let fresh_cache = a & 0x10 != 0;
    let confirmer_mode = (a >> 5) & 3;
    let forge_after_signing = a & 0x80 != 0;

    let parsed = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(fields)) => Some(fields),
        _ => None,
    };
    let mut body = body.to_vec();
    let mut forged = false;
    if let (true, Some(mut fields)) = (sign_it, parsed.clone()) {
        sign(&mut fields);
        if forge_after_signing {
            // One more byte in the signed Message: never accepted.
            let message = fields.get("Message").and_then(Value::as_str).unwrap_or_default();
            let message = format!("{message} ");
            fields.insert("Message".into(), Value::String(message));
            forged = true;
        }
        body = serde_json::to_vec(&Value::Object(fields)).unwrap();
    }
    let envelope_type = parsed.as_ref().and_then(|f| f.get("Type")).and_then(Value::as_str);
    let envelope_topic = parsed.as_ref().and_then(|f| f.get("TopicArn")).and_then(Value::as_str);
    let timestamp = parsed
        .as_ref()
        .and_then(|f| f.get("Timestamp"))
        .and_then(Value::as_str)
        .and_then(parse_sns_timestamp);

    let pick = |mode: u8, same: Option<&str>, fixed: &str, from_tail: usize| -> Option<String> {
        match mode {
            0 => None,
            1 => Some(same.unwrap_or_default().to_owned()),
            2 => Some(fixed.to_owned()),
            _ => Some(tail_text(from_tail)),
        }
    };
    let headers = SnsHeaders {
        message_type: pick((b >> 2) & 3, envelope_type, "Notification", 0),
        topic_arn: pick((b >> 4) & 3, envelope_topic, OTHER_TOPIC, 1),
        raw_delivery: pick((b >> 6) & 3, Some("true"), "false", 2),
    };
    let allowed_topics: Vec<String> = match b & 3 {
        0 => Vec::new(),
        1 => vec![envelope_topic.unwrap_or(TOPIC).to_owned()],
        2 => vec![OTHER_TOPIC.to_owned()],
        _ => vec![OTHER_TOPIC.to_owned(), tail_text(3)],
    };
    let now = match c & 3 {
        0 => NOW + i64::from(raw_now as i16),
        1 => timestamp.unwrap_or(NOW) + i64::from(raw_now as i16),
        _ => raw_now,
    };
    let max_age = match (c >> 2) & 3 {
        0 => 3900,
        1 => raw_max_age & 0xffff,
        _ => raw_max_age,
    };
    let given_key: Option<&[u8]> = match key_mode {
        0 => Some(KEY),
        1 => None,
        2 => Some(b"s3cr3t-webhook-kez"),
        _ => Some(b""),
    };
    let request = Request {
        key: given_key,
        expected_key: KEY,
        headers,
        allowed_topics,
        confirm,
        now,
        max_age,
        // Bit 4 of the third header byte asks for SignatureVersion 2.
        min_signature_version: if (c >> 4) & 1 == 1 {
            SignatureVersion::V2Sha256
        } else {
            SignatureVersion::V1Sha1
        },
    };
    let garbage = tail.get(4).copied().unwrap_or_default();
    let confirmer = Confirmer {
        mode: confirmer_mode,
        garbage,
        visited: Mutex::new(Vec::new()),
    };
    let fixture = fixture();
    let fresh;
    let cache = if fresh_cache {
        fresh = CertificateCache::new(8, None);
        &fresh
    } else {
        &fixture.shared_cache
    };
    let services = Services {
        certificates: cache,
        source: &fixture.certificates,
        confirmer: &confirmer,
    };
    let response = handle(&body, &request, &services);
    let token = parsed
        .as_ref()
        .and_then(|f| f.get("Token"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    check_promises(&request, &response, &confirmer.visited.lock().unwrap(), forged, token);
});

/// What must hold whatever the input.
fn check_promises(request: &Request<'_>, response: &Response, visited: &[String], forged: bool, token: &str) {
    assert!((200..600).contains(&response.status), "status {}", response.status);
    match &response.error {
        None => {
            assert_eq!(response.status, 200);
            assert!(!matches!(response.outcome, Outcome::Rejected | Outcome::Retry));
            assert_eq!(request.key, Some(KEY), "accepted without the key");
            assert!(!forged, "a message changed after signing was accepted");
            let facts = response.message.as_ref().expect("an accepted message has facts");
            assert!(
                request.allowed_topics.is_empty() || request.allowed_topics.contains(&facts.topic_arn),
                "a topic outside allowed_topics was accepted"
            );
            assert!(
                !request
                    .headers
                    .raw_delivery
                    .as_deref()
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("true")),
                "raw delivery accepted"
            );
        }
        Some(error) => {
            assert_ne!(response.status, 200);
            assert_eq!(response.status, error.status());
            let expected = if error.is_retryable() {
                Outcome::Retry
            } else {
                Outcome::Rejected
            };
            assert_eq!(response.outcome, expected);
            // The detail never echoes the key.
            assert!(!response.detail.contains("s3cr3t-webhook-ke"));
        }
    }
    // At most one visit, only for a SubscriptionConfirmation with confirm on,
    // only to a URL that passes the SubscribeURL policy for its topic.
    assert!(visited.len() <= 1, "visited {} URLs", visited.len());
    if let Some(url) = visited.first() {
        assert!(request.confirm, "visited with confirm off");
        assert_eq!(request.key, Some(KEY), "visited without the key");
        assert!(!forged, "visited for a forged message");
        let facts = response.message.as_ref().expect("a visit has facts");
        assert_eq!(facts.message_type, "SubscriptionConfirmation");
        assert!(url.starts_with("https://sns."), "visited {url}");
        assert!(
            check_subscribe_url(url, &facts.topic_arn, token).is_ok(),
            "visited {url}"
        );
    }
    if response.outcome == Outcome::Subscribed {
        assert_eq!(visited.len(), 1);
        assert!(response.subscription_arn.is_some());
    }
}
