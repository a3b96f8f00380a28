//! AWS Signature Version 4, by AWS's own `aws-sigv4` crate (AWS General
//! Reference, "Signature Version 4 signing process"): the signature goes in
//! the `Authorization` header, with `X-Amz-Date` and, for temporary
//! credentials, `X-Amz-Security-Token` (signed, as botocore does).
//!
//! `tests/sigv4_against_botocore.rs` signs the same requests with
//! botocore's `SigV4Auth` and compares every header byte for byte;
//! the tests below check cases of AWS's SigV4 test suite.

use std::time::SystemTime;

use aws_sigv4::http_request::{sign as sigv4_sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;

use crate::aws_credentials::Credentials;
use crate::aws_error::AwsError;
use crate::https_client::HttpRequest;

/// Adds the signature headers to `request` (whose headers are those to be
/// signed and sent; `host` is taken from the URL when absent).
pub fn sign(
    request: &mut HttpRequest,
    credentials: &Credentials,
    region: &str,
    service: &str,
    time: SystemTime,
) -> Result<(), AwsError> {
    // "quillcrm" names the provider inside aws-credential-types only.
    let identity: Identity = aws_credential_types::Credentials::new(
        credentials.access_key_id.clone(),
        credentials.secret_access_key.clone(),
        credentials.session_token.clone(),
        None,
        "quillcrm",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(service)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|_| AwsError::BadAnswer("the request could not be signed"))?
        .into();
    let signable = SignableRequest::new(
        request.method.as_str(),
        request.url.as_str(),
        request.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())),
        SignableBody::Bytes(&request.body),
    )
    .map_err(|_| AwsError::BadAnswer("the request could not be signed"))?;
    let (instructions, _signature) = sigv4_sign(signable, &params)
        .map_err(|_| AwsError::BadAnswer("the request could not be signed"))?
        .into_parts();
    let (headers, _query) = instructions.into_parts();
    for header in headers {
        request
            .headers
            .push((header.name().to_owned(), header.value().to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::https_client::HttpMethod;
    use std::time::{Duration, UNIX_EPOCH};

    /// The signature of a test-suite request, signed at the suite's time.
    fn suite_signature(method: HttpMethod, headers: &[(&str, &str)], body: &[u8], token: Option<&str>) -> String {
        let mut request = HttpRequest {
            method,
            url: "https://example.amazonaws.com/".into(),
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            body: body.to_vec(),
        };
        // The suite's key ID is shorter than a real one: built directly.
        let credentials = Credentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: token.map(str::to_owned),
            expires_at: None,
        };
        let time = UNIX_EPOCH + Duration::from_secs(1_440_938_160); // 2015-08-30T12:36:00Z
        sign(&mut request, &credentials, "us-east-1", "service", time).unwrap();
        let authorization = &request.headers.iter().find(|(n, _)| n == "authorization").unwrap().1;
        authorization.rsplit("Signature=").next().unwrap().to_owned()
    }

    /// Expected signatures from AWS's SigV4 test suite (the
    /// aws-signing-test-suite/v4 cases of awslabs/aws-c-auth, header-signed
    /// form, `sign_body` false as for SQS and SNS): get-vanilla,
    /// get-vanilla-with-session-token and post-vanilla.
    #[test]
    fn matches_the_aws_sigv4_test_suite() {
        assert_eq!(
            suite_signature(HttpMethod::Get, &[("host", "example.amazonaws.com")], b"", None),
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
        assert_eq!(
            suite_signature(
                HttpMethod::Get,
                &[("host", "example.amazonaws.com")],
                b"",
                Some("6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267")
            ),
            "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
        );
        assert_eq!(
            suite_signature(HttpMethod::Post, &[("host", "example.amazonaws.com")], b"", None),
            "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"
        );
    }

    #[test]
    fn signs_with_authorization_date_and_token() {
        let mut request = HttpRequest {
            method: HttpMethod::Post,
            url: "https://sqs.eu-central-1.amazonaws.com/".into(),
            headers: vec![
                ("content-type".into(), "application/x-amz-json-1.0".into()),
                ("x-amz-target".into(), "AmazonSQS.ReceiveMessage".into()),
            ],
            body: b"{}".to_vec(),
        };
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", Some("token")).unwrap();
        let time = UNIX_EPOCH + Duration::from_secs(1_440_938_160);
        sign(&mut request, &credentials, "eu-central-1", "sqs", time).unwrap();
        let names: Vec<&str> = request.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"authorization"), "{names:?}");
        assert!(names.contains(&"x-amz-date"));
        assert!(names.contains(&"x-amz-security-token"));
        let authorization = &request.headers.iter().find(|(n, _)| n == "authorization").unwrap().1;
        assert!(authorization.starts_with(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLEEXAMPLE/20150830/eu-central-1/sqs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature="
        ));
    }
}
