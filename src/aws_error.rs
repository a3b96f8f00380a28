//! The one error type of the AWS client: every failed AWS call has a stable
//! `code()`, a [`AwsMeaning`] from which an HTTP-like `status()` follows,
//! and a one-sentence `detail()`.
//!
//! Details never contain a credential, a signature, a URL or AWS's own
//! error message (AWS's `SignatureDoesNotMatch` message quotes the string
//! to sign): only AWS's error code, quoted through [`quote_untrusted`].

use std::fmt;

use crate::error::quote_untrusted;

/// The detail of an AWS call or run that succeeded.
pub const SUCCEEDED: &str = "The call succeeded.";

/// Why an AWS call did not succeed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwsError {
    /// No credentials: none given, none in the environment, no instance role.
    NoCredentials,
    /// The credentials are malformed, unknown to AWS or expired.
    BadCredentials(String),
    /// AWS knows the credentials but they may not do this.
    AccessDenied(String),
    /// The same, with the IAM action that was denied (as AWS's message
    /// named it, or else the action the call was for).
    AccessDeniedTo { code: String, action: String },
    /// The queue does not exist (or is in another account or region).
    QueueNotFound,
    /// The server's clock is too far from AWS's for a signature to count.
    ClockSkewed,
    /// AWS is throttling the calls: may pass.
    Throttled(String),
    /// AWS answered with a server error: may pass.
    Unavailable { status: u16, code: String },
    /// AWS could not be reached (network, DNS, TLS, timeout): may pass.
    Unreachable(String),
    /// The answer is larger than the call reads (`limit` bytes): may pass
    /// (the code is `aws_unreachable`'s; a caller that can ask for less,
    /// as the SQS receive does, asks again).
    AnswerTooLarge { limit: usize },
    /// AWS refused the request as invalid for another reason.
    Rejected { status: u16, code: String },
    /// The answer could not be read: may pass (a proxy page, a cut answer).
    BadAnswer(&'static str),
    /// The queue URL fails the queue URL policy (see `sqs::QueueUrl`).
    InvalidQueueUrl(&'static str),
}

/// What a failure says about the call; the status follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwsMeaning {
    /// The same call may succeed later (throttling, 5xx, the network).
    MayPass,
    /// The site has no usable credentials.
    NotAuthenticated,
    /// The credentials may not do this (IAM or the queue's policy).
    NotAllowed,
    /// The queue does not exist.
    NotFound,
    /// The site's settings or the request are wrong.
    Invalid,
}

impl AwsMeaning {
    /// 503 only where the failure may pass.
    pub fn status(self) -> u16 {
        match self {
            AwsMeaning::MayPass => 503,
            AwsMeaning::NotAuthenticated => 401,
            AwsMeaning::NotAllowed => 403,
            AwsMeaning::NotFound => 404,
            AwsMeaning::Invalid => 400,
        }
    }
}

impl AwsError {
    /// The stable machine-readable code (part of the PHP API).
    pub fn code(&self) -> &'static str {
        match self {
            AwsError::NoCredentials => "aws_no_credentials",
            AwsError::BadCredentials(_) => "aws_bad_credentials",
            AwsError::AccessDenied(_) | AwsError::AccessDeniedTo { .. } => "aws_access_denied",
            AwsError::QueueNotFound => "aws_queue_not_found",
            AwsError::ClockSkewed => "aws_clock_skewed",
            AwsError::Throttled(_) => "aws_throttled",
            AwsError::Unavailable { .. } => "aws_unavailable",
            AwsError::Unreachable(_) | AwsError::AnswerTooLarge { .. } => "aws_unreachable",
            AwsError::Rejected { .. } => "aws_request_rejected",
            AwsError::BadAnswer(_) => "aws_bad_answer",
            AwsError::InvalidQueueUrl(_) => "invalid_queue_url",
        }
    }

    pub fn meaning(&self) -> AwsMeaning {
        match self {
            AwsError::Throttled(_)
            | AwsError::Unavailable { .. }
            | AwsError::Unreachable(_)
            | AwsError::AnswerTooLarge { .. }
            | AwsError::BadAnswer(_) => AwsMeaning::MayPass,
            AwsError::NoCredentials | AwsError::BadCredentials(_) | AwsError::ClockSkewed => {
                AwsMeaning::NotAuthenticated
            }
            AwsError::AccessDenied(_) | AwsError::AccessDeniedTo { .. } => AwsMeaning::NotAllowed,
            AwsError::QueueNotFound => AwsMeaning::NotFound,
            AwsError::Rejected { .. } | AwsError::InvalidQueueUrl(_) => AwsMeaning::Invalid,
        }
    }

    pub fn status(&self) -> u16 {
        self.meaning().status()
    }

    /// Whether the same call should simply be tried again later.
    pub fn is_retryable(&self) -> bool {
        self.meaning() == AwsMeaning::MayPass
    }

    /// One plain, product-neutral sentence (the fix is the caller's to say,
    /// keyed by `code()`).
    pub fn detail(&self) -> String {
        match self {
            AwsError::NoCredentials => {
                "No AWS credentials were found: none were given, none are in the environment, and no EC2 instance role answered.".into()
            }
            AwsError::BadCredentials(why) => format!("AWS did not accept the credentials ({why})."),
            AwsError::AccessDenied(code) => format!("AWS denied the call to these credentials ({code})."),
            AwsError::AccessDeniedTo { code, action } => {
                format!("AWS denied these credentials the action {action} ({code}).")
            }
            AwsError::QueueNotFound => "The SQS queue does not exist in that account and region.".into(),
            AwsError::ClockSkewed => "AWS refused the signature because this server's clock is wrong.".into(),
            AwsError::Throttled(code) => format!("AWS is throttling the calls ({code}); they are tried again later."),
            AwsError::Unavailable { status, code } => {
                format!("AWS answered HTTP {status} ({code}); the call is tried again later.")
            }
            AwsError::Unreachable(why) => format!("AWS could not be reached ({why}); the call is tried again later."),
            AwsError::AnswerTooLarge { limit } => format!(
                "AWS could not be reached (the answer is larger than {} KiB); the call is tried again later.",
                limit / 1024
            ),
            AwsError::Rejected { status, code } => format!("AWS refused the request with HTTP {status} ({code})."),
            AwsError::BadAnswer(why) => format!("The answer from AWS could not be read ({why})."),
            AwsError::InvalidQueueUrl(why) => format!("The queue URL cannot be used: {why}."),
        }
    }

    /// The error an AWS error answer stands for, from its HTTP status and
    /// AWS error code (the JSON `__type` after `#`, or the query protocol's
    /// `<Code>`). Codes from the AWS API references' "Common Errors" pages
    /// and the SQS API reference.
    pub fn from_answer(status: u16, code: &str) -> AwsError {
        let quoted = || quote_untrusted(code.as_bytes());
        let last = code.rsplit(['#', '.']).next().unwrap_or(code);
        match last {
            "InvalidClientTokenId"
            | "UnrecognizedClientException"
            | "SignatureDoesNotMatch"
            | "InvalidSignatureException"
            | "IncompleteSignature"
            | "MissingAuthenticationToken"
            | "MissingAuthenticationTokenException"
            | "ExpiredToken"
            | "ExpiredTokenException"
            | "InvalidAccessKeyId"
            | "InvalidSecurity"
            | "AuthFailure"
            | "NotAuthorized" => AwsError::BadCredentials(quoted()),
            "AccessDenied"
            | "AccessDeniedException"
            | "AuthorizationError"
            | "KmsAccessDenied"
            | "UnauthorizedOperation" => AwsError::AccessDenied(quoted()),
            "QueueDoesNotExist" | "NonExistentQueue" => AwsError::QueueNotFound,
            "RequestTimeTooSkewed" | "SignatureExpired" | "RequestExpired" => AwsError::ClockSkewed,
            "Throttling"
            | "ThrottlingException"
            | "ThrottledException"
            | "RequestThrottled"
            | "RequestThrottledException"
            | "TooManyRequestsException"
            | "SlowDown"
            | "RequestLimitExceeded"
            | "ProvisionedThroughputExceededException"
            // SQS API Reference, ReceiveMessage errors: KmsThrottled (the
            // request was denied due to request throttling) and OverLimit
            // (the in-flight message limit is reached): both pass.
            | "KmsThrottled"
            | "OverLimit" => AwsError::Throttled(quoted()),
            _ if status == 429 => AwsError::Throttled(quoted()),
            _ if status >= 500 => AwsError::Unavailable { status, code: quoted() },
            _ if status == 401 => AwsError::BadCredentials(quoted()),
            _ if status == 403 && code.is_empty() => AwsError::AccessDenied(quoted()),
            _ => AwsError::Rejected { status, code: quoted() },
        }
    }
}

impl AwsError {
    /// The IAM action a denial names, when known.
    pub fn denied_action(&self) -> Option<&str> {
        match self {
            AwsError::AccessDeniedTo { action, .. } => Some(action),
            _ => None,
        }
    }

    /// A denial that names no action yet names `action` (an IAM action
    /// such as `sns:CreateTopic`, from AWS's message or the call made);
    /// any other error is returned as it is.
    pub fn naming_action(self, action: Option<String>) -> AwsError {
        match (self, action) {
            (AwsError::AccessDenied(code), Some(action)) => AwsError::AccessDeniedTo { code, action },
            (other, _) => other,
        }
    }

    /// A refused signature whose message says its time is out of range
    /// (see [`says_clock_skewed`]) is the server's clock, not the
    /// credentials.
    pub fn reading_message(self, message: Option<&str>) -> AwsError {
        match self {
            AwsError::BadCredentials(_) if message.is_some_and(says_clock_skewed) => AwsError::ClockSkewed,
            AwsError::AccessDenied(_) => self.naming_action(message.and_then(denied_action_in)),
            other => other,
        }
    }
}

/// Whether AWS's message says the signature's time is out of range: SQS,
/// SNS and SES answer a skewed clock with `SignatureDoesNotMatch` or
/// `InvalidSignatureException` and the message "Signature expired: <time>
/// is now earlier than <time> (<time> - 5 min.)" or "Signature not yet
/// current: <time> is still later than <time>" (AWS's Signature Version 4
/// troubleshooting guide). Nothing else of the message is kept.
pub fn says_clock_skewed(message: &str) -> bool {
    message.starts_with("Signature expired") || message.starts_with("Signature not yet current")
}

/// The IAM action AWS's access-denied message names ("... is not
/// authorized to perform: sns:CreateTopic on resource: ..."), when it does
/// and it has an action's form (`service:Action`, the service lower-cased).
/// Nothing else of the message is kept.
pub fn denied_action_in(message: &str) -> Option<String> {
    let after = message.split("perform: ").nth(1)?;
    let action = after.split(|c: char| c.is_whitespace()).next()?;
    let (service, name) = action.split_once(':')?;
    let well_formed = !service.is_empty()
        && !name.is_empty()
        && action.len() <= 64
        && service.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && name.bytes().all(|b| b.is_ascii_alphanumeric());
    well_formed.then(|| format!("{}:{name}", service.to_ascii_lowercase()))
}

impl fmt::Display for AwsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.detail())
    }
}

impl std::error::Error for AwsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_and_server_errors_may_pass() {
        for (status, code) in [
            (400, "ThrottlingException"),
            (400, "AWS.SimpleQueueService.RequestThrottled"),
            (400, "com.amazonaws.sqs#KmsThrottled"),
            (403, "com.amazonaws.sqs#OverLimit"),
            (429, "Whatever"),
            (500, "InternalFailure"),
            (503, "ServiceUnavailable"),
        ] {
            let error = AwsError::from_answer(status, code);
            assert!(error.is_retryable(), "{status} {code}: {error:?}");
            assert_eq!(error.status(), 503);
        }
    }

    #[test]
    fn credential_and_permission_errors_are_for_the_admin() {
        assert_eq!(
            AwsError::from_answer(403, "InvalidClientTokenId").code(),
            "aws_bad_credentials"
        );
        assert_eq!(
            AwsError::from_answer(400, "com.amazonaws.sqs#UnrecognizedClientException").code(),
            "aws_bad_credentials"
        );
        assert_eq!(AwsError::from_answer(400, "AccessDenied").status(), 403);
        assert_eq!(
            AwsError::from_answer(400, "AWS.SimpleQueueService.NonExistentQueue").code(),
            "aws_queue_not_found"
        );
        assert_eq!(
            AwsError::from_answer(400, "RequestTimeTooSkewed").code(),
            "aws_clock_skewed"
        );
        assert_eq!(AwsError::from_answer(400, "InvalidParameterValue").status(), 400);
    }

    #[test]
    fn a_denial_names_the_iam_action_from_the_message_only_when_well_formed() {
        // AWS's wording, e.g. the IAM User Guide's "Troubleshooting access
        // denied error messages": "User: arn:aws:iam::123456789012:user/x is
        // not authorized to perform: sns:CreateTopic on resource: ...".
        let message = "User: arn:aws:iam::123456789012:user/site is not authorized to perform: SNS:CreateTopic on resource: arn:aws:sns:eu-central-1:123456789012:t";
        assert_eq!(denied_action_in(message).as_deref(), Some("sns:CreateTopic"));
        assert_eq!(denied_action_in("Access to the resource is denied."), None);
        assert_eq!(denied_action_in("not authorized to perform: <script>:x"), None);
        let error = AwsError::from_answer(403, "AuthorizationError").naming_action(denied_action_in(message));
        assert_eq!(error.code(), "aws_access_denied");
        assert_eq!(error.denied_action(), Some("sns:CreateTopic"));
        assert!(!error.detail().contains("arn:aws:iam"), "{}", error.detail());
        let throttled = AwsError::from_answer(400, "Throttling").naming_action(Some("sns:CreateTopic".into()));
        assert_eq!(throttled.denied_action(), None);
    }

    #[test]
    fn details_quote_the_code_and_nothing_else() {
        let error = AwsError::from_answer(403, "<script>AccessDenied");
        assert!(error.detail().contains("\\u{3c}script\\u{3e}"), "{}", error.detail());
    }
}
