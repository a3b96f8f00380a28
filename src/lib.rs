//! QuillCRM's Amazon SNS/SES bounce webhook: the pure Rust core. It knows
//! nothing of PHP; the `quillcrm_sns` crate in `ext/` binds it to PHP.
//!
//! Module map, in the order a delivery goes through them:
//! - [`handler`]: the ordered rules; the one entry point.
//! - [`error`]: the one error type, with stable codes and HTTP statuses.
//! - [`envelope`]: the SNS JSON envelope and the string to sign
//!   ([`timestamp`] reads its Timestamp, [`topic_arn`] its TopicArn).
//! - [`certificate_url`]: which SigningCertURLs may be fetched.
//! - [`https_client`]: the network I/O, behind two small traits.
//! - [`certificate`]: the checks on a fetched certificate.
//! - [`certificate_cache`]: signing keys kept in memory and on disk.
//! - [`signature`]: the RSA PKCS#1 v1.5 verify.
//! - [`confirm`]: the SubscribeURL policy and the confirmation answer.
//! - [`ses`]: the SES payload and its classification.
//!
//! The AWS client, for the SQS queue intake (and AWS-side setup):
//! - [`aws_client`]: one small function per wire protocol (query, JSON 1.0).
//! - [`aws_signing`]: SigV4 by AWS's `aws-sigv4` crate.
//! - [`aws_credentials`]: given, environment, EC2 instance role (IMDSv2).
//! - [`aws_error`]: the client's one error type, stable codes.
//! - [`sqs`]: the queue URL policy and the SQS calls.
//!
//! AWS-side setup and the doctor:
//! - [`aws_xml`]: the query protocol's XML answers.
//! - [`sns_api`], [`ses_api`], [`sqs_admin`]: their calls, typed results.
//! - [`setup`]: "Set up in AWS", idempotent steps.
//! - [`doctor`]: read-only checks, findings with stable codes.
//! - [`aws_run`]: credentials, then a setup or a doctor check.

pub mod aws_client;
pub mod aws_credentials;
pub mod aws_error;
pub mod aws_run;
pub mod aws_signing;
pub mod aws_xml;
pub mod certificate;
pub mod certificate_cache;
pub mod certificate_url;
pub mod confirm;
pub mod doctor;
pub mod envelope;
pub mod error;
pub mod handler;
pub mod https_client;
pub mod ses;
pub mod ses_api;
pub mod setup;
pub mod signature;
pub mod sns_api;
pub mod sqs;
pub mod sqs_admin;
pub mod timestamp;
pub mod topic_arn;

pub use error::Error;
pub use handler::{handle, handle_queued, Outcome, QueuedRequest, Request, Response, Services, SnsHeaders};
