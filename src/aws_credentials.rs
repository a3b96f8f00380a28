//! AWS credentials and where they come from, in this order (the standard
//! chain's first three links, AWS SDKs and Tools Reference Guide,
//! "Standardized credential providers"):
//!
//! 1. given by the caller (the plugin reads its `wp-config.php` constants);
//! 2. the environment: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//!    optional `AWS_SESSION_TOKEN`;
//! 3. the EC2 instance role through IMDSv2 (EC2 User Guide, "Use the
//!    Instance Metadata Service to access instance metadata"): `PUT
//!    /latest/api/token` with `X-aws-ec2-metadata-token-ttl-seconds`, then
//!    `GET /latest/meta-data/iam/security-credentials/` (the role name) and
//!    `GET .../<role>` (JSON: `AccessKeyId`, `SecretAccessKey`, `Token`,
//!    `Expiration`), each with `X-aws-ec2-metadata-token`. Kept in memory
//!    until 5 minutes before they expire.
//!
//! A secret never leaves this module except into the signer: `Debug` prints
//! the access key ID only, and no error quotes a credential.

use std::sync::Mutex;
use std::time::Duration;

use serde::Deserialize;

use crate::aws_error::AwsError;
use crate::https_client::{HttpMethod, HttpRequest, HttpSender};
use crate::timestamp::parse_sns_timestamp;

/// The instance metadata service's address (EC2 User Guide).
pub const IMDS_ENDPOINT: &str = "http://169.254.169.254";
/// How long each instance metadata request may take (a server that is not
/// on EC2 must not wait long for an answer that never comes).
pub const IMDS_TIMEOUT: Duration = Duration::from_secs(2);
/// Instance role credentials are renewed this long before they expire.
pub const REFRESH_BEFORE_EXPIRY: i64 = 300;

/// A set of credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    /// Unix seconds, for temporary credentials that say so.
    pub expires_at: Option<i64>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// Checks the form of a set of credentials (not whether AWS knows them).
    /// An empty session token counts as none.
    pub fn new(
        access_key_id: &str,
        secret_access_key: &str,
        session_token: Option<&str>,
    ) -> Result<Credentials, AwsError> {
        let access_key_id = access_key_id.trim();
        let secret_access_key = secret_access_key.trim();
        // IAM's are 16 to 128 characters of \w (IAM API Reference,
        // AccessKey); stand-ins such as moto's instance role use others.
        // What matters here: it fits in the SigV4 credential scope.
        if !(1..=128).contains(&access_key_id.len())
            || !access_key_id
                .bytes()
                .all(|b| b.is_ascii_graphic() && !b"/,=".contains(&b))
        {
            return Err(AwsError::BadCredentials(
                "the access key ID is not of AWS's form".into(),
            ));
        }
        if secret_access_key.is_empty()
            || secret_access_key.len() > 128
            || !secret_access_key.bytes().all(|b| b.is_ascii_graphic())
        {
            return Err(AwsError::BadCredentials(
                "the secret access key is not of AWS's form".into(),
            ));
        }
        let session_token = session_token.map(str::trim).filter(|t| !t.is_empty());
        if session_token.is_some_and(|t| t.len() > 8192 || !t.bytes().all(|b| b.is_ascii_graphic())) {
            return Err(AwsError::BadCredentials(
                "the session token is not of AWS's form".into(),
            ));
        }
        Ok(Credentials {
            access_key_id: access_key_id.to_owned(),
            secret_access_key: secret_access_key.to_owned(),
            session_token: session_token.map(str::to_owned),
            expires_at: None,
        })
    }

    /// Whether they are still good at `now` with the refresh margin.
    pub fn is_fresh_at(&self, now: i64) -> bool {
        self.expires_at.is_none_or(|at| now < at - REFRESH_BEFORE_EXPIRY)
    }
}

/// Where a set of credentials came from (shown to the admin; never the
/// credentials themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialSource {
    Given,
    Environment,
    InstanceRole,
}

impl CredentialSource {
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialSource::Given => "given",
            CredentialSource::Environment => "environment",
            CredentialSource::InstanceRole => "instance_role",
        }
    }
}

/// Link 2: the environment (read through `lookup`, e.g. `std::env::var`).
/// `Ok(None)` when `AWS_ACCESS_KEY_ID` is unset or empty.
pub fn from_environment(lookup: impl Fn(&str) -> Option<String>) -> Result<Option<Credentials>, AwsError> {
    let Some(access_key_id) = lookup("AWS_ACCESS_KEY_ID").filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    let secret = lookup("AWS_SECRET_ACCESS_KEY").unwrap_or_default();
    let token = lookup("AWS_SESSION_TOKEN");
    Credentials::new(&access_key_id, &secret, token.as_deref()).map(Some)
}

/// Link 3: the instance role, with its credentials kept until they are
/// about to expire.
pub struct InstanceRole {
    /// `http://169.254.169.254`, or a test endpoint; `None`: disabled.
    endpoint: Option<String>,
    cached: Mutex<Option<Credentials>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RoleCredentials {
    access_key_id: String,
    secret_access_key: String,
    token: Option<String>,
    expiration: Option<String>,
}

impl InstanceRole {
    pub fn new(endpoint: Option<String>) -> InstanceRole {
        InstanceRole {
            endpoint: endpoint.map(|e| e.trim_end_matches('/').to_owned()),
            cached: Mutex::new(None),
        }
    }

    /// The role's credentials: from memory while fresh, else from IMDSv2;
    /// when that refresh fails, the kept ones until they actually expire.
    /// Every failure is `NoCredentials` (the server is not on EC2, the
    /// instance has no role, or IMDS answered something else).
    pub fn credentials(&self, http: &dyn HttpSender, now: i64) -> Result<Credentials, AwsError> {
        let endpoint = self.endpoint.as_deref().ok_or(AwsError::NoCredentials)?;
        let kept = self.cached.lock().ok().and_then(|c| c.clone());
        if let Some(kept) = kept.as_ref().filter(|c| c.is_fresh_at(now)) {
            return Ok(kept.clone());
        }
        match fetch_role_credentials(http, endpoint) {
            Some(fresh) => {
                if let Ok(mut cached) = self.cached.lock() {
                    *cached = Some(fresh.clone());
                }
                Ok(fresh)
            }
            None => kept
                .filter(|c| c.expires_at.is_none_or(|at| now < at))
                .ok_or(AwsError::NoCredentials),
        }
    }
}

fn fetch_role_credentials(http: &dyn HttpSender, endpoint: &str) -> Option<Credentials> {
    const LIMIT: usize = 16 * 1024;
    let call = |method: HttpMethod, path: &str, headers: Vec<(String, String)>| -> Option<Vec<u8>> {
        let request = HttpRequest {
            method,
            url: format!("{endpoint}{path}"),
            headers,
            body: Vec::new(),
        };
        let answer = http.send(&request, IMDS_TIMEOUT, LIMIT).ok()?;
        (answer.status == 200).then_some(answer.body)
    };
    let token = call(
        HttpMethod::Put,
        "/latest/api/token",
        vec![("X-aws-ec2-metadata-token-ttl-seconds".into(), "21600".into())],
    )?;
    let token = String::from_utf8(token).ok()?.trim().to_owned();
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
        return None;
    }
    let with_token = || vec![("X-aws-ec2-metadata-token".to_owned(), token.clone())];
    let roles = call(
        HttpMethod::Get,
        "/latest/meta-data/iam/security-credentials/",
        with_token(),
    )?;
    let roles = String::from_utf8(roles).ok()?;
    let role = roles.lines().map(str::trim).find(|r| !r.is_empty())?;
    if !role
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+=,.@_-".contains(&b))
    {
        return None;
    }
    let body = call(
        HttpMethod::Get,
        &format!("/latest/meta-data/iam/security-credentials/{role}"),
        with_token(),
    )?;
    let found: RoleCredentials = serde_json::from_slice(&body).ok()?;
    let mut credentials =
        Credentials::new(&found.access_key_id, &found.secret_access_key, found.token.as_deref()).ok()?;
    credentials.expires_at = found.expiration.as_deref().and_then(parse_expiration);
    Some(credentials)
}

/// IMDS writes `2026-11-30T15:04:05Z` (no fraction).
fn parse_expiration(text: &str) -> Option<i64> {
    parse_sns_timestamp(text)
}

/// The chain: given, else the environment, else the instance role.
pub fn resolve(
    given: Option<Credentials>,
    environment: impl Fn(&str) -> Option<String>,
    role: &InstanceRole,
    http: &dyn HttpSender,
    now: i64,
) -> Result<(Credentials, CredentialSource), AwsError> {
    if let Some(given) = given {
        return Ok((given, CredentialSource::Given));
    }
    if let Some(found) = from_environment(environment)? {
        return Ok((found, CredentialSource::Environment));
    }
    role.credentials(http, now).map(|c| (c, CredentialSource::InstanceRole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::https_client::{HttpAnswer, SendError};

    /// An instance metadata service as the EC2 User Guide describes it.
    struct FakeImds {
        calls: Mutex<Vec<HttpRequest>>,
        down: std::sync::atomic::AtomicBool,
    }

    impl FakeImds {
        fn new() -> FakeImds {
            FakeImds {
                calls: Mutex::new(Vec::new()),
                down: std::sync::atomic::AtomicBool::new(false),
            }
        }
    }

    impl HttpSender for FakeImds {
        fn send(&self, r: &HttpRequest, _: Duration, _: usize) -> Result<HttpAnswer, SendError> {
            self.calls.lock().unwrap().push(r.clone());
            if self.down.load(std::sync::atomic::Ordering::SeqCst) {
                return Err(SendError::Failed("timed out after 2 s".into()));
            }
            let has_token = r
                .headers
                .iter()
                .any(|(n, v)| n == "X-aws-ec2-metadata-token" && v == "tok");
            let (status, body) = match (r.method, r.url.as_str()) {
                (HttpMethod::Put, "http://imds/latest/api/token") => (200, "tok".to_owned()),
                (HttpMethod::Get, "http://imds/latest/meta-data/iam/security-credentials/") if has_token => {
                    (200, "web-role\n".to_owned())
                }
                (HttpMethod::Get, "http://imds/latest/meta-data/iam/security-credentials/web-role") if has_token => (
                    200,
                    r#"{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"ASIAEXAMPLEEXAMPLE01","SecretAccessKey":"secret/Example+Key","Token":"session-token","Expiration":"2030-01-01T00:00:00Z"}"#.to_owned(),
                ),
                _ => (401, String::new()),
            };
            Ok(HttpAnswer {
                status,
                body: body.into_bytes(),
            })
        }
    }

    #[test]
    fn instance_role_credentials_come_through_imdsv2_and_are_kept() {
        let imds = FakeImds::new();
        let role = InstanceRole::new(Some("http://imds/".into()));
        let found = role.credentials(&imds, 1_700_000_000).unwrap();
        assert_eq!(found.access_key_id, "ASIAEXAMPLEEXAMPLE01");
        assert_eq!(found.session_token.as_deref(), Some("session-token"));
        assert_eq!(found.expires_at, Some(1_893_456_000));
        assert_eq!(imds.calls.lock().unwrap().len(), 3);
        assert_eq!(imds.calls.lock().unwrap()[0].method, HttpMethod::Put);
        role.credentials(&imds, 1_700_000_100).unwrap();
        assert_eq!(imds.calls.lock().unwrap().len(), 3, "kept while fresh");
        role.credentials(&imds, 1_893_456_000 - 10).unwrap();
        assert_eq!(imds.calls.lock().unwrap().len(), 6, "renewed before expiry");
    }

    #[test]
    fn a_failed_refresh_keeps_the_role_credentials_until_they_expire() {
        let imds = FakeImds::new();
        let role = InstanceRole::new(Some("http://imds/".into()));
        role.credentials(&imds, 1_700_000_000).unwrap();
        imds.down.store(true, std::sync::atomic::Ordering::SeqCst);
        let expiry = 1_893_456_000;
        let kept = role.credentials(&imds, expiry - 10).unwrap();
        assert_eq!(
            kept.access_key_id, "ASIAEXAMPLEEXAMPLE01",
            "within the refresh margin, still valid"
        );
        assert_eq!(role.credentials(&imds, expiry).unwrap_err(), AwsError::NoCredentials);
    }

    #[test]
    fn no_endpoint_or_no_answer_is_no_credentials() {
        let imds = FakeImds::new();
        let disabled = InstanceRole::new(None);
        assert_eq!(disabled.credentials(&imds, 0).unwrap_err(), AwsError::NoCredentials);
        let elsewhere = InstanceRole::new(Some("http://not-imds".into()));
        assert_eq!(elsewhere.credentials(&imds, 0).unwrap_err(), AwsError::NoCredentials);
    }

    #[test]
    fn the_chain_prefers_given_then_environment() {
        let imds = FakeImds::new();
        let role = InstanceRole::new(Some("http://imds".into()));
        let env = |name: &str| match name {
            "AWS_ACCESS_KEY_ID" => Some("AKIAENVIRONMENT0001".to_owned()),
            "AWS_SECRET_ACCESS_KEY" => Some("env-secret".to_owned()),
            _ => None,
        };
        let given = Credentials::new("AKIAGIVENGIVEN00001", "given-secret", None).unwrap();
        let (_, source) = resolve(Some(given), env, &role, &imds, 0).unwrap();
        assert_eq!(source, CredentialSource::Given);
        let (found, source) = resolve(None, env, &role, &imds, 0).unwrap();
        assert_eq!(
            (found.access_key_id.as_str(), source),
            ("AKIAENVIRONMENT0001", CredentialSource::Environment)
        );
        let (_, source) = resolve(None, |_| None, &role, &imds, 0).unwrap();
        assert_eq!(source, CredentialSource::InstanceRole);
    }

    #[test]
    fn malformed_credentials_are_refused_without_quoting_them() {
        let error = Credentials::new("AKIA/slash", "s3cr3t-value", None).unwrap_err();
        assert_eq!(error.code(), "aws_bad_credentials");
        assert!(!error.detail().contains("s3cr3t"));
        let error = Credentials::new("AKIAEXAMPLEEXAMPLE", "has space", None).unwrap_err();
        assert!(!error.detail().contains("has space"));
        assert!(!format!(
            "{:?}",
            Credentials::new("AKIAEXAMPLEEXAMPLE", "s3cr3t", Some("tok")).unwrap()
        )
        .contains("s3cr3t"));
    }
}
