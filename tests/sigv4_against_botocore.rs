//! The AWS client's requests, as it really sends them, signed again by
//! botocore's `SigV4Auth` (PyPI botocore, installed by `./build.sh deps`
//! into tests/e2e/pylib; `QUILLCRM_PYLIB` names another folder): every
//! signature header must be the same, byte for byte.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use quillcrm_sns_core::aws_client::{AwsClient, SES, SNS};
use quillcrm_sns_core::aws_credentials::Credentials;
use quillcrm_sns_core::https_client::{HttpAnswer, HttpRequest, HttpSender, SendError};
use quillcrm_sns_core::sqs::{Queue, QueueUrl};
use serde_json::{json, Value};

/// Keeps what would have been sent; answers like an empty SQS/SNS.
struct Capture(Mutex<Vec<HttpRequest>>);

impl HttpSender for Capture {
    fn send(&self, request: &HttpRequest, _: Duration, _: usize) -> Result<HttpAnswer, SendError> {
        self.0.lock().unwrap().push(request.clone());
        Ok(HttpAnswer {
            status: 200,
            body: b"{}".to_vec(),
        })
    }
}

const SIGNATURE_HEADERS: [&str; 3] = ["authorization", "x-amz-date", "x-amz-security-token"];

fn botocore_sign(cases: &[Value]) -> Vec<Value> {
    let root = env!("CARGO_MANIFEST_DIR");
    let pylib = std::env::var("QUILLCRM_PYLIB").unwrap_or_else(|_| format!("{root}/tests/e2e/pylib"));
    assert!(
        std::path::Path::new(&format!("{pylib}/botocore")).is_dir(),
        "botocore is not installed in {pylib}: run ./build.sh deps (it installs tests/e2e/requirements.txt there)"
    );
    let mut child = Command::new("python3")
        .arg(format!("{root}/tests/sigv4/botocore_sign.py"))
        .env("PYTHONPATH", &pylib)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(cases).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "botocore_sign.py failed");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The request before signing, as a case for botocore_sign.py.
fn case(sent: &HttpRequest, credentials: &Credentials, region: &str, service: &str, time: u64) -> Value {
    let headers: Vec<(String, String)> = sent
        .headers
        .iter()
        .filter(|(n, _)| !SIGNATURE_HEADERS.contains(&n.as_str()))
        .cloned()
        .collect();
    json!({
        "method": sent.method.as_str(),
        "url": sent.url,
        "headers": headers,
        "body": String::from_utf8(sent.body.clone()).unwrap(),
        "access_key_id": credentials.access_key_id,
        "secret_access_key": credentials.secret_access_key,
        "session_token": credentials.session_token,
        "region": region,
        "service": service,
        "time": time,
    })
}

fn ours(sent: &HttpRequest) -> Value {
    let mut out = serde_json::Map::new();
    for (name, value) in &sent.headers {
        if SIGNATURE_HEADERS.contains(&name.as_str()) {
            out.insert(name.clone(), Value::String(value.clone()));
        }
    }
    Value::Object(out)
}

#[test]
fn every_request_the_client_sends_is_signed_as_botocore_signs_it() {
    let long_term = Credentials::new("AKIDEXAMPLEEXAMPLE01", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None).unwrap();
    let temporary = Credentials::new(
        "ASIAEXAMPLEEXAMPLE02",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        Some("IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+/=="),
    )
    .unwrap();
    let queue = QueueUrl::parse("https://sqs.eu-central-1.amazonaws.com/123456789012/ses-feedback").unwrap();
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for (credentials, time) in [(&long_term, 1_440_938_160u64), (&temporary, 1_796_000_123)] {
        let capture = Capture(Mutex::new(Vec::new()));
        let client = || AwsClient {
            http: &capture,
            credentials,
            time: UNIX_EPOCH + Duration::from_secs(time),
        };
        let sqs = Queue {
            client: client(),
            queue: &queue,
        };
        sqs.receive(10, 20, None).unwrap();
        sqs.receive(1, 0, Some(30)).unwrap();
        sqs.delete(&["AQEB+/receipt==".to_owned(), "handle \u{e9}".to_owned()])
            .unwrap();
        sqs.change_visibility(&[("AQEB+/receipt==".to_owned(), 0)]).unwrap();
        sqs.attributes().unwrap();
        client()
            .query(
                SNS,
                "us-east-1",
                "2010-03-31",
                "Subscribe",
                &[
                    ("TopicArn", "arn:aws:sns:us-east-1:123456789012:ses-feedback"),
                    ("Protocol", "sqs"),
                    ("Attributes.entry.1.key", "RawMessageDelivery"),
                    ("Attributes.entry.1.value", "false"),
                    ("Note", "spaces, ~tilde* and \u{fc}mlaut"),
                ],
            )
            .unwrap();
        client()
            .query(SES, "eu-west-1", "2010-12-01", "GetSendStatistics", &[])
            .unwrap();
        for sent in capture.0.lock().unwrap().iter() {
            let service = if sent.url.contains("//sqs.") {
                "sqs"
            } else if sent.url.contains("//sns.") {
                "sns"
            } else {
                "email"
            };
            let region = sent.url.split('.').nth(1).unwrap();
            let signing_service = if service == "email" { "ses" } else { service };
            cases.push(case(sent, credentials, region, signing_service, time));
            expected.push(ours(sent));
        }
    }
    assert_eq!(cases.len(), 14);
    let theirs = botocore_sign(&cases);
    for (i, (ours, theirs)) in expected.iter().zip(&theirs).enumerate() {
        assert_eq!(ours, theirs, "case {i}: {}", cases[i]);
    }
}

#[test]
fn the_clock_in_the_signature_is_the_client_time() {
    let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE01", "secret", None).unwrap();
    let capture = Capture(Mutex::new(Vec::new()));
    let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    AwsClient {
        http: &capture,
        credentials: &credentials,
        time,
    }
    .query(SNS, "eu-central-1", "2010-03-31", "ListTopics", &[])
    .unwrap();
    let sent = capture.0.lock().unwrap()[0].clone();
    assert!(sent.headers.contains(&("x-amz-date".into(), "20270115T080000Z".into())));
}
