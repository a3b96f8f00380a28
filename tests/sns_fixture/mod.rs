//! What the Rust integration tests share: messages signed exactly as SNS
//! signs them, with the project's own test keys (tests/fixtures/pki, made by
//! tests/fixtures/make-pki.sh), and in-memory stand-ins for the network.
//!
//! Signing goes through the `openssl` command line on purpose: the tests
//! then do not share any signing code with the verifier they test.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use base64::Engine as _;
use quillcrm_sns_core::certificate_cache::CertificateCache;
use quillcrm_sns_core::envelope::SignatureVersion;
use quillcrm_sns_core::https_client::{CertificateSource, ConfirmationClient};
use quillcrm_sns_core::topic_arn::sns_host;
use quillcrm_sns_core::{handle, Error, Request, Response, Services, SnsHeaders};
use serde_json::{json, Map, Value};

mod string_to_sign;
pub use string_to_sign::string_to_sign;

pub const TOPIC: &str = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
pub const KEY: &str = "s3cr3t-webhook-key";
/// 2026-11-26T12:00:00Z: the clock of every test that signs its own messages.
pub const NOW: i64 = 1_795_694_400;
pub const NOW_ISO: &str = "2026-11-26T12:00:00.000Z";

pub fn pki(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pki")
        .join(name)
}

/// `../shared/fixtures`, beside the checkout. Panics (fails the test) with a
/// clear message when it is absent: these tests never pass silently.
pub fn shared_fixtures() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    assert!(
        dir.is_dir(),
        "the shared AWS fixtures are missing: expected {} (the read-only folder beside the checkout)",
        dir.display()
    );
    dir
}

/// A certificate URL for a test certificate; `id` makes it distinct.
pub fn cert_url(region: &str, id: u8) -> String {
    let id = format!("{id:02x}").repeat(16);
    format!("https://{}/SimpleNotificationService-{id}.pem", sns_host(region))
}

/// RSA PKCS#1 v1.5 signature by `openssl dgst`, base64.
pub fn openssl_sign(key_file: &str, version: &str, data: &[u8]) -> String {
    let digest = if version == "2" { "-sha256" } else { "-sha1" };
    let mut child = Command::new("openssl")
        .args(["dgst", digest, "-sign"])
        .arg(pki(key_file))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("openssl must be installed (build.sh installs it)");
    child.stdin.take().unwrap().write_all(data).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "openssl dgst -sign failed");
    base64::engine::general_purpose::STANDARD.encode(out.stdout)
}

/// A message under construction: fields, then `sign()`.
#[derive(Clone)]
pub struct Message {
    pub fields: Map<String, Value>,
    pub key_file: String,
}

impl Message {
    pub fn notification(ses_message: &str) -> Message {
        let mut fields = Map::new();
        fields.insert("Type".into(), json!("Notification"));
        fields.insert("MessageId".into(), json!("5f2d7c1e-9a9b-5b3c-9d55-0c6f2a1b7e11"));
        fields.insert("TopicArn".into(), json!(TOPIC));
        fields.insert("Message".into(), json!(ses_message));
        fields.insert("Timestamp".into(), json!(NOW_ISO));
        fields.insert("SignatureVersion".into(), json!("1"));
        fields.insert("SigningCertURL".into(), json!(cert_url("us-east-1", 1)));
        fields.insert(
            "UnsubscribeURL".into(),
            json!(format!(
                "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={TOPIC}:0b3c"
            )),
        );
        Message {
            fields,
            key_file: "signing.key".into(),
        }
    }

    pub fn subscription_confirmation() -> Message {
        let token = "2336412f37fb687f5d51e6e2425929f52e8e353134fe72d55ef8b330217d82da";
        let mut message = Message::notification("");
        let f = &mut message.fields;
        f.insert("Type".into(), json!("SubscriptionConfirmation"));
        f.insert("Token".into(), json!(token));
        f.insert(
            "Message".into(),
            json!(format!("You have chosen to subscribe to the topic {TOPIC}.\nTo confirm the subscription, visit the SubscribeURL included in this message.")),
        );
        f.insert(
            "SubscribeURL".into(),
            json!(format!(
                "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token={token}"
            )),
        );
        f.remove("UnsubscribeURL");
        message
    }

    pub fn set(mut self, key: &str, value: Value) -> Message {
        self.fields.insert(key.into(), value);
        self
    }

    pub fn without(mut self, key: &str) -> Message {
        self.fields.remove(key);
        self
    }

    pub fn key(mut self, key_file: &str) -> Message {
        self.key_file = key_file.into();
        self
    }

    /// Signs the current fields (SignatureVersion decides the digest).
    pub fn signed(mut self) -> Message {
        let version = self.fields["SignatureVersion"].as_str().unwrap_or("1").to_owned();
        let signature = openssl_sign(&self.key_file, &version, &string_to_sign(&self.fields));
        self.fields.insert("Signature".into(), json!(signature));
        self
    }

    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(&Value::Object(self.fields.clone())).unwrap()
    }
}

/// SES "notification" format payloads, shaped like the AWS samples in
/// ../shared/fixtures/ses-samples (written here, not copied).
pub fn ses_bounce(bounce_type: &str, sub_type: &str, email: &str, status: &str) -> String {
    json!({
        "notificationType": "Bounce",
        "bounce": {
            "bounceType": bounce_type,
            "bounceSubType": sub_type,
            "bouncedRecipients": [{
                "emailAddress": email, "action": "failed", "status": status,
                "diagnosticCode": format!("smtp; 550 {status} user unknown")
            }],
            "timestamp": "2026-11-26T11:59:58.000Z",
            "feedbackId": "0100019a-feedback-0001",
            "reportingMTA": "dsn; a8-30.smtp-out.amazonses.com"
        },
        "mail": {
            "timestamp": "2026-11-26T11:59:55.000Z",
            "source": "news@shop.example",
            "messageId": "0100019a-mail-0001",
            "destination": [email, "other@example.org"]
        }
    })
    .to_string()
}

/// Serves certificates from memory, counting fetches.
#[derive(Default)]
pub struct FixtureCertificates {
    pub by_url: HashMap<String, Vec<u8>>,
    pub fetches: AtomicUsize,
}

impl FixtureCertificates {
    pub fn with(url: &str, pem_file: &str) -> FixtureCertificates {
        let mut certs = FixtureCertificates::default();
        certs.add(url, std::fs::read(pki(pem_file)).unwrap());
        certs
    }

    pub fn add(&mut self, url: &str, pem: Vec<u8>) {
        self.by_url.insert(url.to_owned(), pem);
    }
}

impl CertificateSource for FixtureCertificates {
    fn fetch_certificate(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.fetches.fetch_add(1, Ordering::SeqCst);
        self.by_url
            .get(url)
            .cloned()
            .ok_or_else(|| Error::CertUnavailable("the host answered HTTP 404".into()))
    }
}

/// Records confirmation GETs and answers like SNS.
#[derive(Default)]
pub struct RecordingConfirmer {
    pub visited: Mutex<Vec<String>>,
    pub fail: bool,
}

impl ConfirmationClient for RecordingConfirmer {
    fn confirm_subscription(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.visited.lock().unwrap().push(url.to_owned());
        if self.fail {
            return Err(Error::ConfirmationFailed("SNS answered HTTP 500".into()));
        }
        let topic = url
            .split("TopicArn=")
            .nth(1)
            .and_then(|r| r.split('&').next())
            .unwrap_or_default();
        let topic = topic.replace("%3A", ":");
        Ok(format!(
            "<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><ConfirmSubscriptionResult><SubscriptionArn>{topic}:7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b</SubscriptionArn></ConfirmSubscriptionResult><ResponseMetadata><RequestId>1469e8d7-1642-564e-b85d-a19b4b341f83</RequestId></ResponseMetadata></ConfirmSubscriptionResponse>"
        )
        .into_bytes())
    }
}

/// A handler with in-memory I/O.
pub struct Harness {
    pub certificates: FixtureCertificates,
    pub confirmer: RecordingConfirmer,
    pub cache: CertificateCache,
    pub now: i64,
    pub allowed_topics: Vec<String>,
    pub headers: SnsHeaders,
    pub confirm: bool,
    pub max_age: i64,
    pub min_signature_version: SignatureVersion,
}

impl Harness {
    pub fn new(certificates: FixtureCertificates) -> Harness {
        Harness {
            certificates,
            confirmer: RecordingConfirmer::default(),
            cache: CertificateCache::new(8, None),
            now: NOW,
            allowed_topics: Vec::new(),
            headers: SnsHeaders::default(),
            confirm: true,
            max_age: 3900,
            min_signature_version: SignatureVersion::V1Sha1,
        }
    }

    /// The usual set-up: signing.pem served at cert_url("us-east-1", 1).
    pub fn standard() -> Harness {
        Harness::new(FixtureCertificates::with(&cert_url("us-east-1", 1), "signing.pem"))
    }

    pub fn handle_with_key(&self, body: &[u8], key: Option<&str>) -> Response {
        let request = Request {
            key: key.map(str::as_bytes),
            expected_key: KEY.as_bytes(),
            headers: self.headers.clone(),
            allowed_topics: self.allowed_topics.clone(),
            confirm: self.confirm,
            now: self.now,
            max_age: self.max_age,
            min_signature_version: self.min_signature_version,
        };
        let services = Services {
            certificates: &self.cache,
            source: &self.certificates,
            confirmer: &self.confirmer,
        };
        handle(body, &request, &services)
    }

    pub fn handle(&self, body: &[u8]) -> Response {
        self.handle_with_key(body, Some(KEY))
    }

    /// The error code of handling `body` ("ok" when accepted).
    pub fn code(&self, body: &[u8]) -> &'static str {
        self.handle(body).error.map_or("ok", |e| e.code())
    }
}
