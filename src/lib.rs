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

pub mod certificate;
pub mod certificate_cache;
pub mod certificate_url;
pub mod confirm;
pub mod envelope;
pub mod error;
pub mod handler;
pub mod https_client;
pub mod ses;
pub mod signature;
pub mod timestamp;
pub mod topic_arn;

pub use error::Error;
pub use handler::{handle, Outcome, Request, Response, Services, SnsHeaders};
