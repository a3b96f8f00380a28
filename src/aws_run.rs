//! The two entry points the binding calls: a setup run and a doctor check,
//! each from string options, after the credentials chain (given, the
//! environment, the instance role: see [`crate::aws_credentials`]).

use std::collections::BTreeMap;

use crate::aws_client::AwsClient;
use crate::aws_credentials::{self, CredentialSource};
use crate::aws_error::AwsError;
use crate::doctor::{Check, Doctor, DoctorReport, DoctorRequest};
use crate::setup::{Setup, SetupReport, SetupRequest};
use crate::sqs::Context;

/// Why a run did not start or stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// An option is not valid: a stable code (`invalid_topic`, ...).
    Invalid(&'static str),
    Aws(AwsError),
}

impl RunError {
    pub fn code(&self) -> &'static str {
        match self {
            RunError::Invalid(code) => code,
            RunError::Aws(error) => error.code(),
        }
    }

    pub fn detail(&self) -> String {
        match self {
            RunError::Invalid(code) => format!("An option is not valid ({code})."),
            RunError::Aws(error) => error.detail(),
        }
    }

    pub fn aws(&self) -> Option<&AwsError> {
        match self {
            RunError::Aws(error) => Some(error),
            RunError::Invalid(_) => None,
        }
    }
}

/// Resolves the credentials and runs `work` with a client for `region`.
fn with_client<T>(
    region: &str,
    context: &Context<'_>,
    work: impl FnOnce(&AwsClient<'_>, &str) -> Result<T, RunError>,
) -> (Option<CredentialSource>, Result<T, RunError>) {
    let now = context
        .time
        .duration_since(std::time::SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let found = aws_credentials::resolve(
        context.given.clone(),
        context.environment,
        context.role,
        context.metadata,
        now,
    );
    let (credentials, source) = match found {
        Ok(found) => found,
        Err(error) => return (None, Err(RunError::Aws(error))),
    };
    let client = AwsClient {
        http: context.api,
        credentials: &credentials,
        time: context.time,
    };
    (Some(source), work(&client, region))
}

/// "Set up in AWS" with these options (see [`SetupRequest::from_options`]).
pub fn set_up(
    options: &BTreeMap<String, String>,
    context: &Context<'_>,
) -> (Option<CredentialSource>, Result<SetupReport, RunError>) {
    let request = match SetupRequest::from_options(options) {
        Ok(request) => request,
        Err(code) => return (None, Err(RunError::Invalid(code))),
    };
    with_client(&request.region, context, |client, region| {
        Ok(Setup::new(client, region).run(&request))
    })
}

/// One doctor check (`subscription`, `queue`, `identity`,
/// `configuration_set`, `send_statistics`) with these options (see
/// [`DoctorRequest::from_options`]).
pub fn doctor(
    check: &[u8],
    options: &BTreeMap<String, String>,
    context: &Context<'_>,
) -> (Option<CredentialSource>, Result<DoctorReport, RunError>) {
    let Some(check) = Check::parse(check) else {
        return (None, Err(RunError::Invalid("invalid_check")));
    };
    let request = match DoctorRequest::from_options(options) {
        Ok(request) => request,
        Err(code) => return (None, Err(RunError::Invalid(code))),
    };
    with_client(&request.region, context, |client, region| {
        Doctor::new(client, region).run(check, &request).map_err(RunError::Aws)
    })
}
