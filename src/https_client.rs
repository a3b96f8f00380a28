//! The extension's only network I/O, behind small traits so tests can
//! inject fixtures: fetching a signing certificate, the confirmation GET,
//! and the AWS client's requests ([`HttpSender`]).
//!
//! The real implementation is ureq 3 over rustls with the aws-lc-rs crypto
//! provider (one crypto library for TLS and for signatures) and Mozilla's
//! root store (webpki-roots). No redirects, no proxy, 5 s for the whole
//! exchange and 64 KiB at most read for the handler's fetches; the AWS
//! client gives each call its own time limit and size cap.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig, TlsProvider};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

use crate::certificate::MAX_CERTIFICATE_BYTES;
use crate::error::Error;

/// Fetches a signing certificate (the URL already passed the policy).
pub trait CertificateSource: Send + Sync {
    /// The body of a 200 answer. Network failures, timeouts and other
    /// statuses are `CertUnavailable`; an answer over 64 KiB is
    /// `InvalidCertificate`.
    fn fetch_certificate(&self, url: &str) -> Result<Vec<u8>, Error>;
}

/// Visits a SubscribeURL (already checked by `confirm::check_subscribe_url`).
pub trait ConfirmationClient: Send + Sync {
    /// The body of a 200 answer; anything else is `ConfirmationRefused` or
    /// `ConfirmationFailed` (see `confirm::refusal`).
    fn confirm_subscription(&self, url: &str) -> Result<Vec<u8>, Error>;
}

/// How long one fetch may take in all (connect, TLS, request, answer).
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// The methods the AWS client uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
        }
    }
}

/// One request of the AWS client, headers as they are sent.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: HttpMethod,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl std::fmt::Debug for HttpRequest {
    // Signed headers carry credentials: never printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

/// An answer: its status and body (read up to the caller's cap).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpAnswer {
    pub status: u16,
    pub body: Vec<u8>,
}

/// Why [`HttpSender::send`] has no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The answer is larger than the call's `limit` bytes.
    TooLarge { limit: usize },
    /// Any other transport failure: a short, fixed description (never the
    /// URL).
    Failed(String),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::TooLarge { limit } => write!(f, "the answer is larger than {} KiB", limit / 1024),
            SendError::Failed(why) => f.write_str(why),
        }
    }
}

impl From<String> for SendError {
    fn from(why: String) -> SendError {
        SendError::Failed(why)
    }
}

/// Sends the AWS client's requests.
pub trait HttpSender: Send + Sync {
    /// Sends `request`, giving it `timeout` in all and reading at most
    /// `limit` bytes of the answer.
    fn send(&self, request: &HttpRequest, timeout: Duration, limit: usize) -> Result<HttpAnswer, SendError>;
}

/// Test-only trust (php.ini `quillcrm_sns.test_ca_file` and
/// `quillcrm_sns.test_resolve`). Empty in production.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestTrust {
    /// PEM certificates trusted *instead of* the bundled web roots, so a
    /// test configuration can never reach a real host by accident.
    pub ca_pem: Option<Vec<u8>>,
    /// `host:port` pairs sent to another socket address.
    pub resolve: Vec<ResolveOverride>,
    /// The instance metadata service to ask instead of 169.254.169.254.
    pub imds_endpoint: Option<String>,
}

impl TestTrust {
    /// Where instance role credentials are asked for: the real service, the
    /// test one, or (under any other test trust) nowhere, so that a test
    /// configuration never reaches a real instance metadata service.
    pub fn instance_metadata_endpoint(&self) -> Option<String> {
        match &self.imds_endpoint {
            Some(endpoint) => Some(endpoint.clone()),
            None if self.ca_pem.is_none() && self.resolve.is_empty() => {
                Some(crate::aws_credentials::IMDS_ENDPOINT.to_owned())
            }
            None => None,
        }
    }
}

/// The test-only php.ini values as written (`quillcrm_sns.test_ca_file`,
/// `quillcrm_sns.test_resolve` and `quillcrm_sns.test_imds_endpoint`;
/// empty: unset).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestTrustSettings {
    pub ca_file: String,
    pub resolve: String,
    /// `http://<address>:<port>`: the instance metadata service to ask for
    /// instance role credentials (a local stand-in such as moto's).
    pub imds_endpoint: String,
}

impl TestTrustSettings {
    /// Whether test-only trust is on: the one place this is decided. A
    /// directive that is set counts even when it is unusable (every fetch
    /// then fails), so the warning never depends on the file being readable.
    pub fn is_on(&self) -> bool {
        !self.ca_file.is_empty() || !self.resolve.is_empty() || !self.imds_endpoint.is_empty()
    }

    /// The trust the settings ask for. `Err` says which one is unusable.
    pub fn load(&self) -> Result<TestTrust, String> {
        const CA_FILE: &str = "quillcrm_sns.test_ca_file";
        let ca_pem = if self.ca_file.is_empty() {
            None
        } else {
            let pem = std::fs::read(&self.ca_file).map_err(|e| format!("{CA_FILE} cannot be read ({})", e.kind()))?;
            if !ureq::tls::parse_pem(&pem).any(|item| matches!(item, Ok(PemItem::Certificate(_)))) {
                return Err(format!("{CA_FILE} holds no PEM certificate"));
            }
            Some(pem)
        };
        let resolve = ResolveOverride::parse_list(&self.resolve)
            .map_err(|e| format!("quillcrm_sns.test_resolve is invalid: {e}"))?;
        let imds_endpoint = if self.imds_endpoint.is_empty() {
            None
        } else {
            let address = self
                .imds_endpoint
                .strip_prefix("http://")
                .map(|a| a.trim_end_matches('/'))
                .filter(|a| a.parse::<SocketAddr>().is_ok())
                .ok_or("quillcrm_sns.test_imds_endpoint is not http://<address>:<port>")?;
            Some(format!("http://{address}"))
        };
        Ok(TestTrust {
            ca_pem,
            resolve,
            imds_endpoint,
        })
    }
}

/// The production client, built on first use: a PHP process that answers
/// every delivery from the certificate caches never pays for TLS set-up.
/// Unusable test trust settings fail every fetch, retryably (503).
pub struct LazyHttpsClient {
    trust: Result<TestTrust, String>,
    client: OnceLock<Result<HttpsClient, String>>,
}

impl LazyHttpsClient {
    pub fn new(trust: Result<TestTrust, String>) -> LazyHttpsClient {
        LazyHttpsClient {
            trust,
            client: OnceLock::new(),
        }
    }

    /// The test trust in force (`Err`: unusable settings).
    pub fn trust(&self) -> Result<&TestTrust, &str> {
        self.trust.as_ref().map_err(String::as_str)
    }

    /// Why the test trust settings are unusable, if they are.
    pub fn configuration_error(&self) -> Option<&str> {
        self.trust.as_ref().err().map(String::as_str)
    }

    fn client(&self) -> Result<&HttpsClient, String> {
        let trust = self
            .trust
            .as_ref()
            .map_err(|why| format!("the test trust settings are unusable: {why}"))?;
        self.client
            .get_or_init(|| HttpsClient::new(trust))
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl CertificateSource for LazyHttpsClient {
    fn fetch_certificate(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.client().map_err(Error::CertUnavailable)?.fetch_certificate(url)
    }
}

impl HttpSender for LazyHttpsClient {
    fn send(&self, request: &HttpRequest, timeout: Duration, limit: usize) -> Result<HttpAnswer, SendError> {
        self.client()?.send(request, timeout, limit)
    }
}

impl ConfirmationClient for LazyHttpsClient {
    fn confirm_subscription(&self, url: &str) -> Result<Vec<u8>, Error> {
        self.client()
            .map_err(Error::ConfirmationFailed)?
            .confirm_subscription(url)
    }
}

/// The instance metadata client, built on first use (most PHP processes
/// never ask for an instance role).
#[derive(Default)]
pub struct LazyMetadataClient {
    client: OnceLock<Result<HttpsClient, String>>,
}

impl HttpSender for LazyMetadataClient {
    fn send(&self, request: &HttpRequest, timeout: Duration, limit: usize) -> Result<HttpAnswer, SendError> {
        self.client
            .get_or_init(HttpsClient::instance_metadata)
            .as_ref()
            .map_err(Clone::clone)?
            .send(request, timeout, limit)
    }
}

/// One curl-style `--resolve` entry: `host:port:address`, where the address
/// may carry its own port (`host:443:127.0.0.1:8443`) so a test server can
/// listen unprivileged. Only the connection target changes: the URL, the TLS
/// server name and every policy stay as in production.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveOverride {
    pub host: String,
    pub port: u16,
    pub address: SocketAddr,
}

impl ResolveOverride {
    /// Parses a comma-separated list. `Err` names the entry that is wrong.
    pub fn parse_list(text: &str) -> Result<Vec<ResolveOverride>, String> {
        text.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                let mut parts = entry.splitn(3, ':');
                let (Some(host), Some(port), Some(target)) = (parts.next(), parts.next(), parts.next()) else {
                    return Err(format!("{entry}: expected host:port:address"));
                };
                let port: u16 = port.parse().map_err(|_| format!("{entry}: bad port"))?;
                let address = match target.parse::<SocketAddr>() {
                    Ok(address) => address,
                    Err(_) => SocketAddr::new(target.parse().map_err(|_| format!("{entry}: bad address"))?, port),
                };
                Ok(ResolveOverride {
                    host: host.to_ascii_lowercase(),
                    port,
                    address,
                })
            })
            .collect()
    }
}

/// The production client.
pub struct HttpsClient {
    agent: ureq::Agent,
}

impl HttpsClient {
    /// The HTTPS client: only `https://` URLs, the bundled roots (or the
    /// test CA), the test resolve list.
    pub fn new(trust: &TestTrust) -> Result<HttpsClient, String> {
        Self::build(trust, true)
    }

    /// A plain-HTTP client for the EC2 instance metadata service only
    /// (`http://169.254.169.254`, link-local: it has no TLS). Same rules
    /// otherwise: no redirects, no proxy.
    pub fn instance_metadata() -> Result<HttpsClient, String> {
        Self::build(&TestTrust::default(), false)
    }

    fn build(trust: &TestTrust, https_only: bool) -> Result<HttpsClient, String> {
        let roots = match &trust.ca_pem {
            None => RootCerts::WebPki,
            Some(pem) => {
                let certs: Vec<Certificate<'static>> = ureq::tls::parse_pem(pem)
                    .filter_map(|item| match item {
                        Ok(PemItem::Certificate(cert)) => Some(cert),
                        _ => None,
                    })
                    .collect();
                if certs.is_empty() {
                    return Err("the test CA file holds no certificate".into());
                }
                RootCerts::new_with_certs(&certs)
            }
        };
        let tls = TlsConfig::builder()
            .provider(TlsProvider::Rustls)
            .unversioned_rustls_crypto_provider(Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
            .root_certs(roots)
            .build();
        let config = Config::builder()
            .tls_config(tls)
            .https_only(https_only)
            .proxy(None)
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_global(Some(TIMEOUT))
            .user_agent(concat!("QuillCRM-SNS/", env!("CARGO_PKG_VERSION")))
            .build();
        let resolver = OverridingResolver {
            overrides: trust.resolve.clone(),
            fallback: DefaultResolver::default(),
        };
        Ok(HttpsClient {
            agent: ureq::Agent::with_parts(config, DefaultConnector::default(), resolver),
        })
    }

    /// GET `url`: `(status, body)`; the body is read up to `limit` bytes
    /// (`Ok(None)` body when it is larger).
    fn get(&self, url: &str, limit: usize) -> Result<(u16, Option<Vec<u8>>), String> {
        let mut response = self.agent.get(url).call().map_err(|e| describe(&e))?;
        let status = response.status().as_u16();
        match response.body_mut().with_config().limit(limit as u64).read_to_vec() {
            Ok(body) => Ok((status, Some(body))),
            Err(ureq::Error::BodyExceedsLimit(_)) => Ok((status, None)),
            Err(e) => Err(describe(&e)),
        }
    }
}

impl CertificateSource for HttpsClient {
    fn fetch_certificate(&self, url: &str) -> Result<Vec<u8>, Error> {
        match self.get(url, MAX_CERTIFICATE_BYTES).map_err(Error::CertUnavailable)? {
            (200, Some(body)) => Ok(body),
            (200, None) => Err(Error::InvalidCertificate("the answer is larger than 64 KiB")),
            (status, _) => Err(Error::CertUnavailable(format!("the host answered HTTP {status}"))),
        }
    }
}

impl HttpSender for HttpsClient {
    fn send(&self, request: &HttpRequest, timeout: Duration, limit: usize) -> Result<HttpAnswer, SendError> {
        let url = request.url.as_str();
        let sent = match request.method {
            HttpMethod::Get => {
                let mut builder = self.agent.get(url);
                for (name, value) in &request.headers {
                    builder = builder.header(name.as_str(), value.as_str());
                }
                builder.config().timeout_global(Some(timeout)).build().call()
            }
            HttpMethod::Put | HttpMethod::Post => {
                let mut builder = match request.method {
                    HttpMethod::Put => self.agent.put(url),
                    _ => self.agent.post(url),
                };
                for (name, value) in &request.headers {
                    builder = builder.header(name.as_str(), value.as_str());
                }
                builder
                    .config()
                    .timeout_global(Some(timeout))
                    .build()
                    .send(&request.body[..])
            }
        };
        // The handler's fetches always take 5 s; these take their own.
        let describe = |e: &ureq::Error| match e {
            ureq::Error::Timeout(_) => format!("timed out after {} s", timeout.as_secs()),
            other => describe(other),
        };
        let mut response = sent.map_err(|e| describe(&e))?;
        let status = response.status().as_u16();
        match response.body_mut().with_config().limit(limit as u64).read_to_vec() {
            Ok(body) => Ok(HttpAnswer { status, body }),
            Err(ureq::Error::BodyExceedsLimit(_)) => Err(SendError::TooLarge { limit }),
            Err(e) => Err(SendError::Failed(describe(&e))),
        }
    }
}

impl ConfirmationClient for HttpsClient {
    fn confirm_subscription(&self, url: &str) -> Result<Vec<u8>, Error> {
        match self
            .get(url, MAX_CERTIFICATE_BYTES)
            .map_err(Error::ConfirmationFailed)?
        {
            (200, Some(body)) => Ok(body),
            (200, None) => Err(Error::ConfirmationFailed("the answer is larger than 64 KiB".into())),
            (status, body) => Err(crate::confirm::refusal(status, body.as_deref())),
        }
    }
}

/// A short, fixed description of a transport failure (never the URL).
fn describe(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => "timed out after 5 s".into(),
        ureq::Error::HostNotFound => "the host name did not resolve".into(),
        ureq::Error::ConnectionFailed => "the connection failed".into(),
        ureq::Error::Io(e) => match e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
            Some(rustls::Error::InvalidCertificate(_)) => "the TLS certificate of the host is not trusted".into(),
            Some(_) => "the TLS handshake failed".into(),
            None => format!("network error: {}", e.kind()),
        },
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => "the TLS handshake failed".into(),
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => "the host redirected".into(),
        ureq::Error::Protocol(_) => "the host broke the HTTP protocol".into(),
        _ => "the request failed".into(),
    }
}

#[derive(Debug)]
struct OverridingResolver {
    overrides: Vec<ResolveOverride>,
    fallback: DefaultResolver,
}

impl Resolver for OverridingResolver {
    fn resolve(&self, uri: &Uri, config: &Config, timeout: NextTimeout) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let host = uri.host().unwrap_or_default();
        let port = uri.port_u16().unwrap_or(443);
        if let Some(entry) = self
            .overrides
            .iter()
            .find(|o| o.host.eq_ignore_ascii_case(host) && o.port == port)
        {
            let mut addrs = self.empty();
            addrs.push(entry.address);
            return Ok(addrs);
        }
        if self.overrides.is_empty() {
            return self.fallback.resolve(uri, config, timeout);
        }
        // Under test trust, only overridden hosts are reachable.
        Err(ureq::Error::HostNotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_test_trust_fails_every_fetch_retryably() {
        let settings = TestTrustSettings {
            ca_file: "/nonexistent/ca.pem".into(),
            ..TestTrustSettings::default()
        };
        assert!(settings.is_on());
        let client = LazyHttpsClient::new(settings.load());
        assert!(client
            .configuration_error()
            .unwrap()
            .contains("quillcrm_sns.test_ca_file cannot be read"));
        let error = client
            .fetch_certificate("https://sns.us-east-1.amazonaws.com/x.pem")
            .unwrap_err();
        assert_eq!((error.code(), error.status()), ("cert_unavailable", 503));
        let error = client
            .confirm_subscription("https://sns.us-east-1.amazonaws.com/?x")
            .unwrap_err();
        assert_eq!((error.code(), error.status()), ("confirmation_failed", 503));
    }

    #[test]
    fn test_ca_file_without_a_certificate_is_unusable() {
        let settings = |ca_file: &str, resolve: &str| TestTrustSettings {
            ca_file: ca_file.into(),
            resolve: resolve.into(),
            imds_endpoint: String::new(),
        };
        let not_pem = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let error = settings(not_pem, "").load().unwrap_err();
        assert!(error.contains("holds no PEM certificate"), "{error}");
        assert!(settings("", "bad")
            .load()
            .unwrap_err()
            .contains("test_resolve is invalid"));
        assert!(!settings("", "").is_on());
        assert_eq!(settings("", "").load().unwrap(), TestTrust::default());
    }

    #[test]
    fn instance_metadata_is_the_real_one_the_test_one_or_none_under_test_trust() {
        let imds = |settings: TestTrustSettings| settings.load().map(|t| t.instance_metadata_endpoint());
        assert_eq!(
            imds(TestTrustSettings::default()),
            Ok(Some("http://169.254.169.254".into()))
        );
        let test = TestTrustSettings {
            imds_endpoint: "http://127.0.0.1:38693/".into(),
            ..TestTrustSettings::default()
        };
        assert!(test.is_on());
        assert_eq!(imds(test), Ok(Some("http://127.0.0.1:38693".into())));
        let resolve_only = TestTrustSettings {
            resolve: "sqs.eu-central-1.amazonaws.com:443:127.0.0.1:38643".into(),
            ..TestTrustSettings::default()
        };
        assert_eq!(imds(resolve_only), Ok(None));
        let bad = TestTrustSettings {
            imds_endpoint: "https://169.254.169.254".into(),
            ..TestTrustSettings::default()
        };
        assert!(bad.load().unwrap_err().contains("test_imds_endpoint"));
    }

    #[test]
    fn resolve_list_accepts_curl_form_and_target_port() {
        let list =
            ResolveOverride::parse_list("sns.us-east-1.amazonaws.com:443:127.0.0.1, sns.x:443:127.0.0.1:8443").unwrap();
        assert_eq!(list[0].address, "127.0.0.1:443".parse().unwrap());
        assert_eq!(list[1].address, "127.0.0.1:8443".parse().unwrap());
        assert!(ResolveOverride::parse_list("nohost").is_err());
    }
}
