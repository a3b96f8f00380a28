//! The real HTTPS client (ureq + rustls + aws-lc-rs) against a local SNS
//! stand-in, reached through the test-only resolve override and trusted
//! through the test-only CA: certificate fetch, the caches, timeouts,
//! redirects and the confirmation GET.

mod local_sns_server;
mod sns_fixture;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use local_sns_server::{Answer, LocalSns};
use quillcrm_sns_core::certificate_cache::{CertificateCache, DiskCache, FetchTrust, KeyOrigin};
use quillcrm_sns_core::https_client::{HttpsClient, ResolveOverride, TestTrust};
use quillcrm_sns_core::{handle, Outcome, Request, Response, Services, SnsHeaders};
use sns_fixture::*;

const CERT_PATH: &str = "/SimpleNotificationService-01010101010101010101010101010101.pem";

fn client_for(server: &LocalSns) -> HttpsClient {
    let trust = TestTrust {
        ca_pem: Some(std::fs::read(pki("test-ca.pem")).unwrap()),
        resolve: ResolveOverride::parse_list(&server.resolve("sns.us-east-1.amazonaws.com")).unwrap(),
        imds_endpoint: None,
    };
    HttpsClient::new(&trust).unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quillcrm-sns-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn deliver(body: &[u8], client: &HttpsClient, cache: &CertificateCache) -> Response {
    let request = Request {
        key: Some(KEY.as_bytes()),
        expected_key: KEY.as_bytes(),
        headers: SnsHeaders::default(),
        allowed_topics: Vec::new(),
        confirm: true,
        now: NOW,
        max_age: 3900,
        min_signature_version: quillcrm_sns_core::envelope::SignatureVersion::V1Sha1,
    };
    handle(
        body,
        &request,
        &Services {
            certificates: cache,
            source: client,
            confirmer: client,
        },
    )
}

/// Delivers through a fresh in-process cache backed by the disk cache in
/// `dir`, as a newly started PHP worker would.
fn deliver_in_a_new_worker(body: &[u8], client: &HttpsClient, dir: &PathBuf) -> Response {
    deliver_in_a_new_worker_under(FetchTrust::Production, body, client, dir)
}

fn deliver_in_a_new_worker_under(trust: FetchTrust, body: &[u8], client: &HttpsClient, dir: &PathBuf) -> Response {
    deliver(
        body,
        client,
        &CertificateCache::new(8, Some(DiskCache::new(dir, trust))),
    )
}

fn bounce(id: &str) -> Vec<u8> {
    Message::notification(&ses_bounce("Permanent", "General", "a@example.com", "5.1.1"))
        .set("MessageId", serde_json::json!(id))
        .signed()
        .body()
}

fn serving_certificate() -> LocalSns {
    let server = LocalSns::start();
    server.route(CERT_PATH, Answer::Ok(std::fs::read(pki("signing.pem")).unwrap()));
    server
}

#[test]
fn certificate_is_fetched_over_tls_and_the_message_verifies() {
    let server = serving_certificate();
    let cache = CertificateCache::new(8, None);
    let response = deliver(&bounce("m-1"), &client_for(&server), &cache);
    assert_eq!(response.outcome, Outcome::Bounce, "{}", response.detail);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network));
    assert_eq!(server.requests.lock().unwrap().clone(), vec![CERT_PATH.to_owned()]);
}

#[test]
fn memory_cache_hit_does_no_network() {
    let server = serving_certificate();
    let (client, cache) = (client_for(&server), CertificateCache::new(8, None));
    deliver(&bounce("m-1"), &client, &cache);
    let second = deliver(&bounce("m-2"), &client, &cache);
    assert_eq!(second.key_origin, Some(KeyOrigin::Memory));
    assert_eq!(server.request_count(), 1);
}

#[test]
fn disk_cache_serves_a_new_process_without_network() {
    let server = serving_certificate();
    let dir = temp_dir("disk-hit");
    let client = client_for(&server);
    deliver_in_a_new_worker(&bounce("m-1"), &client, &dir);
    // A fresh in-process cache, as in a new PHP worker.
    let response = deliver_in_a_new_worker(&bounce("m-2"), &client, &dir);
    assert_eq!(response.key_origin, Some(KeyOrigin::Disk), "{}", response.detail);
    assert_eq!(server.request_count(), 1);
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
}

#[test]
fn swapped_or_corrupted_disk_cache_file_is_not_trusted_and_the_key_is_refetched() {
    let server = serving_certificate();
    let dir = temp_dir("disk-tampered");
    let client = client_for(&server);
    deliver_in_a_new_worker(&bounce("m-1"), &client, &dir);
    // Swap in another (well-formed, correctly named) certificate.
    let url = cert_url("us-east-1", 1);
    let file = DiskCache::new(&dir, FetchTrust::Production).file_for(&url);
    let forged = [
        format!("production\n{url}\n").into_bytes(),
        std::fs::read(pki("signing-cn-only.pem")).unwrap(),
    ]
    .concat();
    std::fs::write(&file, forged).unwrap();
    let response = deliver_in_a_new_worker(&bounce("m-2"), &client, &dir);
    // The swapped key does not verify, so the key is fetched again, and the
    // genuine message verifies with the genuine key.
    assert_eq!(response.outcome, Outcome::Bounce, "{}", response.detail);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network));
    assert_eq!(server.request_count(), 2);
    assert_eq!(
        std::fs::read(&file).unwrap()["production\n".len() + url.len() + 1..],
        std::fs::read(pki("signing.pem")).unwrap()[..]
    );
    let garbage_dir = temp_dir("disk-garbage");
    std::fs::create_dir_all(&garbage_dir).unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&garbage_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::write(
        DiskCache::new(&garbage_dir, FetchTrust::Production).file_for(&url),
        b"garbage",
    )
    .unwrap();
    let response = deliver_in_a_new_worker(&bounce("m-3"), &client, &garbage_dir);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network), "{}", response.detail);
    assert_eq!(response.outcome, Outcome::Bounce);
}

#[test]
fn cache_file_for_another_url_is_not_used() {
    let server = serving_certificate();
    let dir = temp_dir("disk-swapped");
    let client = client_for(&server);
    deliver_in_a_new_worker(&bounce("m-1"), &client, &dir);
    let url = cert_url("us-east-1", 1);
    let disk = DiskCache::new(&dir, FetchTrust::Production);
    let content = std::fs::read(disk.file_for(&url)).unwrap();
    let swapped = String::from_utf8(content)
        .unwrap()
        .replacen(&url, &cert_url("us-east-1", 2), 1);
    std::fs::write(disk.file_for(&url), swapped).unwrap();
    let response = deliver_in_a_new_worker(&bounce("m-2"), &client, &dir);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network));
    assert_eq!(server.request_count(), 2);
}

#[test]
fn a_certificate_cached_under_test_only_trust_is_fetched_again_under_production_trust() {
    let server = serving_certificate();
    let dir = temp_dir("disk-test-trust");
    let client = client_for(&server);
    deliver_in_a_new_worker_under(FetchTrust::TestOnly, &bounce("m-1"), &client, &dir);
    let under_test_trust = deliver_in_a_new_worker_under(FetchTrust::TestOnly, &bounce("m-2"), &client, &dir);
    assert_eq!(
        under_test_trust.key_origin,
        Some(KeyOrigin::Disk),
        "{}",
        under_test_trust.detail
    );
    let in_production = deliver_in_a_new_worker(&bounce("m-3"), &client, &dir);
    assert_eq!(
        in_production.key_origin,
        Some(KeyOrigin::Network),
        "{}",
        in_production.detail
    );
    assert_eq!(server.request_count(), 2);
}

#[test]
fn a_cache_file_that_names_no_trust_is_fetched_again() {
    let server = serving_certificate();
    let dir = temp_dir("disk-unlabelled");
    let client = client_for(&server);
    deliver_in_a_new_worker(&bounce("m-1"), &client, &dir);
    // The format before the trust line: the URL, then the PEM.
    let url = cert_url("us-east-1", 1);
    let file = DiskCache::new(&dir, FetchTrust::Production).file_for(&url);
    let unlabelled = [
        format!("{url}\n").into_bytes(),
        std::fs::read(pki("signing.pem")).unwrap(),
    ]
    .concat();
    std::fs::write(&file, unlabelled).unwrap();
    let response = deliver_in_a_new_worker(&bounce("m-2"), &client, &dir);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network), "{}", response.detail);
    assert_eq!(server.request_count(), 2);
}

#[test]
fn world_writable_cache_directory_is_not_trusted() {
    let server = serving_certificate();
    let dir = temp_dir("disk-open");
    let client = client_for(&server);
    deliver_in_a_new_worker(&bounce("m-1"), &client, &dir);
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let response = deliver_in_a_new_worker(&bounce("m-2"), &client, &dir);
    assert_eq!(response.key_origin, Some(KeyOrigin::Network));
}

#[test]
fn unwritable_cache_directory_still_verifies() {
    let server = serving_certificate();
    let dir = PathBuf::from("/proc/quillcrm-no-such-dir");
    let response = deliver(
        &bounce("m-1"),
        &client_for(&server),
        &CertificateCache::new(8, Some(DiskCache::new(dir, FetchTrust::Production))),
    );
    assert_eq!(response.outcome, Outcome::Bounce, "{}", response.detail);
}

#[test]
fn dead_host_is_503_at_once() {
    let server = LocalSns::start();
    let client = client_for(&server);
    drop(server);
    std::thread::sleep(Duration::from_millis(50));
    let started = Instant::now();
    let response = deliver(&bounce("m-1"), &client, &CertificateCache::new(8, None));
    assert_eq!(
        (response.status, response.error.map(|e| e.code())),
        (503, Some("cert_unavailable"))
    );
    assert!(started.elapsed() < Duration::from_secs(6));
}

#[test]
fn slow_host_is_503_within_the_timeout() {
    let server = LocalSns::start();
    server.route(
        CERT_PATH,
        Answer::Slow(Duration::from_secs(8), std::fs::read(pki("signing.pem")).unwrap()),
    );
    let started = Instant::now();
    let response = deliver(&bounce("m-1"), &client_for(&server), &CertificateCache::new(8, None));
    let elapsed = started.elapsed();
    assert_eq!(response.error.map(|e| e.code()), Some("cert_unavailable"));
    assert!(
        elapsed >= Duration::from_millis(4900) && elapsed < Duration::from_secs(6),
        "{elapsed:?}"
    );
}

#[test]
fn redirect_is_refused_and_not_followed() {
    let server = LocalSns::start();
    let elsewhere = "/SimpleNotificationService-02020202020202020202020202020202.pem";
    server.route(
        CERT_PATH,
        Answer::Redirect(format!("https://sns.us-east-1.amazonaws.com{elsewhere}")),
    );
    server.route(elsewhere, Answer::Ok(std::fs::read(pki("signing.pem")).unwrap()));
    let response = deliver(&bounce("m-1"), &client_for(&server), &CertificateCache::new(8, None));
    assert_eq!(
        (response.status, response.error.map(|e| e.code())),
        (503, Some("cert_unavailable"))
    );
    assert_eq!(server.requests.lock().unwrap().clone(), vec![CERT_PATH.to_owned()]);
}

#[test]
fn server_error_is_503_and_never_cached() {
    let server = LocalSns::start();
    server.route(CERT_PATH, Answer::Status(500));
    let (client, cache) = (client_for(&server), CertificateCache::new(8, None));
    assert_eq!(deliver(&bounce("m-1"), &client, &cache).status, 503);
    server.route(CERT_PATH, Answer::Ok(std::fs::read(pki("signing.pem")).unwrap()));
    assert_eq!(deliver(&bounce("m-1"), &client, &cache).outcome, Outcome::Bounce);
}

#[test]
fn answer_over_64_kib_is_an_invalid_certificate() {
    let server = LocalSns::start();
    server.route(CERT_PATH, Answer::Ok(vec![b'A'; 70 * 1024]));
    let response = deliver(&bounce("m-1"), &client_for(&server), &CertificateCache::new(8, None));
    assert_eq!(response.error.map(|e| e.code()), Some("invalid_certificate"));
}

#[test]
fn production_roots_do_not_trust_the_test_ca() {
    let server = serving_certificate();
    let trust = TestTrust {
        ca_pem: None,
        resolve: ResolveOverride::parse_list(&server.resolve("sns.us-east-1.amazonaws.com")).unwrap(),
        imds_endpoint: None,
    };
    let client = HttpsClient::new(&trust).unwrap();
    let response = deliver(&bounce("m-1"), &client, &CertificateCache::new(8, None));
    assert_eq!(response.error.map(|e| e.code()), Some("cert_unavailable"));
    assert!(response.detail.contains("TLS"), "{}", response.detail);
}

#[test]
fn subscription_is_confirmed_over_https_and_the_call_recorded() {
    let server = serving_certificate();
    let message = Message::subscription_confirmation().signed();
    let url = message.fields["SubscribeURL"].as_str().unwrap().to_owned();
    let path = url.trim_start_matches("https://sns.us-east-1.amazonaws.com").to_owned();
    server.route(
        &path,
        Answer::Ok(format!("<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>{TOPIC}:11111111-2222-3333-4444-555555555555</SubscriptionArn></ConfirmSubscriptionResult></ConfirmSubscriptionResponse>").into_bytes()),
    );
    let response = deliver(&message.body(), &client_for(&server), &CertificateCache::new(8, None));
    assert_eq!(response.outcome, Outcome::Subscribed, "{}", response.detail);
    assert_eq!(
        response.subscription_arn.unwrap(),
        format!("{TOPIC}:11111111-2222-3333-4444-555555555555")
    );
    assert!(server.requests.lock().unwrap().contains(&path));
}

#[test]
fn confirmation_answered_with_500_is_503() {
    let server = serving_certificate();
    let message = Message::subscription_confirmation().signed();
    let url = message.fields["SubscribeURL"].as_str().unwrap().to_owned();
    server.route(
        url.trim_start_matches("https://sns.us-east-1.amazonaws.com"),
        Answer::Status(500),
    );
    let response = deliver(&message.body(), &client_for(&server), &CertificateCache::new(8, None));
    assert_eq!(
        (response.status, response.error.map(|e| e.code())),
        (503, Some("confirmation_failed"))
    );
}

fn confirmation_answered(answer: Answer) -> Response {
    let server = serving_certificate();
    let message = Message::subscription_confirmation().signed();
    let url = message.fields["SubscribeURL"].as_str().unwrap().to_owned();
    server.route(url.trim_start_matches("https://sns.us-east-1.amazonaws.com"), answer);
    deliver(&message.body(), &client_for(&server), &CertificateCache::new(8, None))
}

#[test]
fn a_confirmation_sns_refuses_with_a_400_is_refused_not_retried() {
    let answer = b"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid token</Message></Error></ErrorResponse>";
    let response = confirmation_answered(Answer::Error(400, answer.to_vec()));
    assert_eq!(
        (response.status, response.error.map(|e| e.code())),
        (403, Some("confirmation_refused"))
    );
}

#[test]
fn a_confirmation_sns_throttles_is_retried() {
    let throttled = |code: &str| {
        let body = format!("<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>Rate exceeded</Message></Error></ErrorResponse>");
        Answer::Error(400, body.into_bytes())
    };
    for answer in [
        throttled("Throttling"),
        throttled("ThrottlingException"),
        Answer::Status(429),
        Answer::Status(408),
    ] {
        let response = confirmation_answered(answer);
        assert_eq!(
            (response.status, response.error.map(|e| e.code())),
            (503, Some("confirmation_failed"))
        );
    }
}

#[test]
fn hosts_outside_the_resolve_list_are_unreachable_under_test_trust() {
    let server = serving_certificate();
    let url = cert_url("us-west-2", 1);
    let body = Message::notification(&ses_bounce("Permanent", "General", "a@example.com", "5.1.1"))
        .set("TopicArn", serde_json::json!("arn:aws:sns:us-west-2:123456789012:t"))
        .set("SigningCertURL", serde_json::json!(url))
        .signed()
        .body();
    let response = deliver(&body, &client_for(&server), &CertificateCache::new(8, None));
    assert_eq!(response.error.map(|e| e.code()), Some("cert_unavailable"));
    assert_eq!(server.request_count(), 0);
}
