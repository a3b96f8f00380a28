//! A small AWS API client: one function per wire protocol, each signing its
//! request with SigV4 ([`crate::aws_signing`]) and sending it with the
//! extension's HTTPS client ([`HttpSender`]: bundled roots, no redirects, no
//! proxy, a time limit and a size cap per call). No AWS SDK, no async.
//!
//! - [`AwsClient::query`]: the query protocol (SNS, SES, STS...): `POST /`
//!   with a form body `Action=...&Version=...`; the answer is XML, returned
//!   as it is. AWS, "Query requests" in each service's API reference.
//! - [`AwsClient::json`]: the AWS JSON 1.0 protocol (SQS since 2023): `POST
//!   /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON body; the
//!   answer is JSON. Amazon SQS Developer Guide, "Making query API requests
//!   using AWS JSON protocol".
//!
//! Both map an error answer to [`AwsError`] from its status and AWS error
//! code; AWS's message text is never kept (it can quote the string to sign).

use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::aws_credentials::Credentials;
use crate::aws_error::AwsError;
use crate::aws_signing;
use crate::https_client::{HttpMethod, HttpRequest, HttpSender, SendError};

/// How long a call may take in all, unless it says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest answer read, unless a call says otherwise.
pub const DEFAULT_LIMIT: usize = 1024 * 1024;

/// An AWS service: the host name prefix of its endpoint and the name it
/// signs with, which differ for some (SES's endpoint is `email.<region>`,
/// its signing name `ses`: AWS General Reference, service endpoints).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    pub endpoint_prefix: &'static str,
    pub signing_name: &'static str,
}

pub const SQS: Service = Service {
    endpoint_prefix: "sqs",
    signing_name: "sqs",
};
pub const SNS: Service = Service {
    endpoint_prefix: "sns",
    signing_name: "sns",
};
pub const SES: Service = Service {
    endpoint_prefix: "email",
    signing_name: "ses",
};

/// One signed-call context: the transport, the credentials, the clock.
pub struct AwsClient<'a> {
    pub http: &'a dyn HttpSender,
    pub credentials: &'a Credentials,
    pub time: SystemTime,
}

/// `https://<prefix>.<region>.amazonaws.com/` (`.com.cn` in China).
pub fn endpoint(service: Service, region: &str) -> String {
    let prefix = service.endpoint_prefix;
    if region.starts_with("cn-") {
        format!("https://{prefix}.{region}.amazonaws.com.cn/")
    } else {
        format!("https://{prefix}.{region}.amazonaws.com/")
    }
}

impl AwsClient<'_> {
    /// A query-protocol call; the XML body of a 2xx answer.
    pub fn query(
        &self,
        service: Service,
        region: &str,
        version: &str,
        action: &str,
        params: &[(&str, &str)],
    ) -> Result<Vec<u8>, AwsError> {
        let mut form = format!("Action={}&Version={}", encode(action), encode(version));
        for (name, value) in params {
            form.push('&');
            form.push_str(&encode(name));
            form.push('=');
            form.push_str(&encode(value));
        }
        let request = HttpRequest {
            method: HttpMethod::Post,
            url: endpoint(service, region),
            headers: vec![(
                "content-type".into(),
                "application/x-www-form-urlencoded; charset=utf-8".into(),
            )],
            body: form.into_bytes(),
        };
        let (status, body) = self.send(request, region, service, DEFAULT_TIMEOUT, DEFAULT_LIMIT)?;
        if (200..300).contains(&status) {
            return Ok(body);
        }
        Err(
            AwsError::from_answer(status, &xml_error_code(&body).unwrap_or_default())
                .reading_message(xml_error_field(&body, "Message").as_deref()),
        )
    }

    /// An AWS JSON 1.0 call; the JSON object of a 2xx answer.
    #[allow(clippy::too_many_arguments)]
    pub fn json(
        &self,
        service: Service,
        region: &str,
        target_prefix: &str,
        operation: &str,
        input: &Value,
        timeout: Duration,
        limit: usize,
    ) -> Result<Value, AwsError> {
        let request = HttpRequest {
            method: HttpMethod::Post,
            url: endpoint(service, region),
            headers: vec![
                ("content-type".into(), "application/x-amz-json-1.0".into()),
                ("x-amz-target".into(), format!("{target_prefix}.{operation}")),
            ],
            body: serde_json::to_vec(input).map_err(|_| AwsError::BadAnswer("the request could not be written"))?,
        };
        let (status, body) = self.send(request, region, service, timeout, limit)?;
        let parsed: Option<Value> = serde_json::from_slice(&body).ok();
        if (200..300).contains(&status) {
            return match parsed {
                Some(value @ Value::Object(_)) => Ok(value),
                _ => Err(AwsError::BadAnswer("it is not a JSON object")),
            };
        }
        let code = parsed
            .as_ref()
            .and_then(|v| v.get("__type").or_else(|| v.get("code")))
            .and_then(Value::as_str)
            .map(|t| t.rsplit('#').next().unwrap_or(t).to_owned())
            .unwrap_or_default();
        let message = parsed
            .as_ref()
            .and_then(|v| v.get("message").or_else(|| v.get("Message")))
            .and_then(Value::as_str);
        Err(AwsError::from_answer(status, &code).reading_message(message))
    }

    fn send(
        &self,
        mut request: HttpRequest,
        region: &str,
        service: Service,
        timeout: Duration,
        limit: usize,
    ) -> Result<(u16, Vec<u8>), AwsError> {
        aws_signing::sign(&mut request, self.credentials, region, service.signing_name, self.time)?;
        let answer = self.http.send(&request, timeout, limit).map_err(|e| match e {
            SendError::TooLarge { limit } => AwsError::AnswerTooLarge { limit },
            SendError::Failed(why) => AwsError::Unreachable(why),
        })?;
        Ok((answer.status, answer.body))
    }
}

/// RFC 3986 percent-encoding of everything but the unreserved characters,
/// as SigV4 canonicalizes (AWS General Reference).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The `<Code>` of a query-protocol `<ErrorResponse>` (the first one).
pub(crate) fn xml_error_code(body: &[u8]) -> Option<String> {
    xml_error_field(body, "Code").filter(|code| code.len() <= 128)
}

/// The text of the first `<field>` of an error answer (read only to find
/// the code, and the IAM action of a denial: see `denied_action_in`).
fn xml_error_field(body: &[u8], field: &str) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let open = format!("<{field}>");
    let start = text.find(&open)? + open.len();
    let end = start + text[start..].find(&format!("</{field}>"))?;
    Some(text[start..end].trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::https_client::HttpAnswer;
    use std::sync::Mutex;

    struct Canned {
        status: u16,
        body: &'static str,
        seen: Mutex<Vec<HttpRequest>>,
    }

    impl HttpSender for Canned {
        fn send(&self, r: &HttpRequest, _: Duration, _: usize) -> Result<HttpAnswer, SendError> {
            self.seen.lock().unwrap().push(r.clone());
            Ok(HttpAnswer {
                status: self.status,
                body: self.body.as_bytes().to_vec(),
            })
        }
    }

    fn client(http: &Canned, credentials: &Credentials) -> Value {
        AwsClient {
            http,
            credentials,
            time: SystemTime::now(),
        }
        .json(
            SQS,
            "eu-central-1",
            "AmazonSQS",
            "GetQueueAttributes",
            &serde_json::json!({"QueueUrl": "q"}),
            DEFAULT_TIMEOUT,
            DEFAULT_LIMIT,
        )
        .unwrap_or_else(|e| Value::String(e.code().into()))
    }

    #[test]
    fn json_call_posts_the_target_and_reads_errors_by_type() {
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let ok = Canned {
            status: 200,
            body: r#"{"Attributes":{"ApproximateNumberOfMessages":"3"}}"#,
            seen: Mutex::new(Vec::new()),
        };
        assert_eq!(
            client(&ok, &credentials)["Attributes"]["ApproximateNumberOfMessages"],
            "3"
        );
        let sent = ok.seen.lock().unwrap()[0].clone();
        assert_eq!(sent.url, "https://sqs.eu-central-1.amazonaws.com/");
        assert!(sent
            .headers
            .contains(&("x-amz-target".into(), "AmazonSQS.GetQueueAttributes".into())));
        let missing = Canned {
            status: 400,
            body: r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#,
            seen: Mutex::new(Vec::new()),
        };
        assert_eq!(client(&missing, &credentials), "aws_queue_not_found");
        let proxy_page = Canned {
            status: 200,
            body: "<html>captive portal</html>",
            seen: Mutex::new(Vec::new()),
        };
        assert_eq!(client(&proxy_page, &credentials), "aws_bad_answer");
    }

    #[test]
    fn a_signature_refused_as_expired_is_the_servers_clock_not_the_credentials() {
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let expired = Canned {
            status: 400,
            body: r#"{"__type":"com.amazon.coral.service#InvalidSignatureException","message":"Signature expired: 20261201T020000Z is now earlier than 20261201T020600Z (20261201T021100Z - 5 min.)"}"#,
            seen: Mutex::new(Vec::new()),
        };
        assert_eq!(client(&expired, &credentials), "aws_clock_skewed");
        let ahead = Canned {
            status: 403,
            body: "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>Signature not yet current: 20261201T021200Z is still later than 20261201T021100Z (20261201T020600Z + 5 min.)</Message></Error></ErrorResponse>",
            seen: Mutex::new(Vec::new()),
        };
        let error = AwsClient {
            http: &ahead,
            credentials: &credentials,
            time: SystemTime::now(),
        }
        .query(SNS, "us-east-1", "2010-03-31", "ListTopics", &[])
        .unwrap_err();
        assert_eq!(error.code(), "aws_clock_skewed");
        let wrong_secret = Canned {
            status: 400,
            body: r#"{"__type":"com.amazon.coral.service#InvalidSignatureException","message":"The request signature we calculated does not match the signature you provided."}"#,
            seen: Mutex::new(Vec::new()),
        };
        assert_eq!(client(&wrong_secret, &credentials), "aws_bad_credentials");
    }

    #[test]
    fn query_call_reads_the_xml_error_code() {
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let denied = Canned {
            status: 403,
            body: "<ErrorResponse><Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>User: arn:aws:iam::123456789012:user/x is not authorized</Message></Error></ErrorResponse>",
            seen: Mutex::new(Vec::new()),
        };
        let error = AwsClient {
            http: &denied,
            credentials: &credentials,
            time: SystemTime::now(),
        }
        .query(SNS, "us-east-1", "2010-03-31", "ListTopics", &[("NextToken", "a b")])
        .unwrap_err();
        assert_eq!(error.code(), "aws_access_denied");
        assert!(!error.detail().contains("arn:aws:iam"));
        let sent = denied.seen.lock().unwrap()[0].clone();
        assert_eq!(sent.body, b"Action=ListTopics&Version=2010-03-31&NextToken=a%20b");
    }
}
