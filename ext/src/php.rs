//! The PHP binding: the only code that knows ext-php-rs. It converts PHP
//! arguments into the core's [`Request`], calls the core, and converts the
//! [`Response`] into a PHP array. No rule lives here. The contract is
//! written once, in `php/stubs/quillcrm_sns.stub.php`.

use std::ffi::CStr;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use ext_php_rs::boxed::ZBox;
use ext_php_rs::convert::{FromZval, StubLiteral};
use ext_php_rs::exception::{PhpException, PhpResult};
use ext_php_rs::ffi::zend_ini_entry;
use ext_php_rs::flags::DataType;
use ext_php_rs::flags::IniEntryPermission;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ArrayKey, ZendHashTable, ZendStr, Zval};
use ext_php_rs::zend::{ce, ExecutorGlobals, IniEntryDef, IniEntryDefs, ModuleEntry};
use ext_php_rs::{info_table_end, info_table_header, info_table_row, info_table_start};

use quillcrm_sns_core::aws_credentials::{Credentials, InstanceRole};
use quillcrm_sns_core::aws_error::{self, AwsError};
use quillcrm_sns_core::aws_run::{self, RunError};
use quillcrm_sns_core::certificate_cache::{
    CertificateCache, DirectoryState, DiskCache, FetchTrust, KeyOrigin, DEFAULT_CAPACITY,
};
use quillcrm_sns_core::doctor::DoctorReport;
use quillcrm_sns_core::envelope::SignatureVersion;
use quillcrm_sns_core::handler::{
    self, QueuedRequest, Request, Response, Services, SnsHeaders, DEFAULT_MAX_AGE, MAX_BODY_BYTES, MAX_FUTURE_SKEW,
    MAX_QUEUED_AGE,
};
use quillcrm_sns_core::https_client::{LazyHttpsClient, LazyMetadataClient, TestTrustSettings};
use quillcrm_sns_core::ses::Recipient;
use quillcrm_sns_core::setup::SetupReport;
use quillcrm_sns_core::sqs::{
    self, Answer, Operation, QueueUrl, MAX_MESSAGES, MAX_VISIBILITY_TIMEOUT, MAX_WAIT_SECONDS,
};
use quillcrm_sns_core::topic_arn::TopicArn;
use quillcrm_sns_core::Error;

const CACHE_DIR: &CStr = c"quillcrm_sns.cache_dir";
const TEST_CA_FILE: &CStr = c"quillcrm_sns.test_ca_file";
const TEST_RESOLVE: &CStr = c"quillcrm_sns.test_resolve";
const TEST_IMDS_ENDPOINT: &CStr = c"quillcrm_sns.test_imds_endpoint";

// PHP_INI_SYSTEM: only php.ini (or `php -d`) can set them, never a script.
static INI_ENTRIES: IniEntryDefs<5> = IniEntryDefs::new([
    IniEntryDef::new(CACHE_DIR, c"", IniEntryPermission::System),
    IniEntryDef::new(TEST_CA_FILE, c"", IniEntryPermission::System),
    IniEntryDef::new(TEST_RESOLVE, c"", IniEntryPermission::System),
    IniEntryDef::new(TEST_IMDS_ENDPOINT, c"", IniEntryPermission::System),
    IniEntryDef::end(),
]);

pub fn startup(_ty: i32, module_number: i32) -> i32 {
    IniEntryDef::register(INI_ENTRIES.as_slice(), module_number);
    // Interned while the engine starts, so they live as long as it does.
    RESULT_KEYS.get_or_init(ResultKeys::intern);
    0
}

/// An interned, persistent key of the result arrays.
#[derive(Clone, Copy)]
struct Key(&'static ZendStr);

// SAFETY: a persistent interned string is immutable and never freed while
// the engine runs; PHP shares such strings between threads read-only.
unsafe impl Send for Key {}
unsafe impl Sync for Key {}

impl Key {
    fn intern(name: &str) -> Key {
        // SAFETY: the pointer comes from a live ZBox that is never dropped
        // (the engine owns interned strings).
        Key(unsafe { &*ZendStr::new_interned(name, true).into_raw() })
    }
}

impl<'a> From<Key> for ArrayKey<'a> {
    fn from(key: Key) -> ArrayKey<'a> {
        ArrayKey::ZendString(key.0)
    }
}

macro_rules! result_keys {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// The keys of the arrays quillcrm_sns_handle() returns, interned once
        /// at module start-up as PHP interns an array literal's keys: an
        /// insert then neither allocates nor hashes its key.
        struct ResultKeys { $($field: Key,)* }

        impl ResultKeys {
            fn intern() -> ResultKeys {
                ResultKeys { $($field: Key::intern($name),)* }
            }
        }
    };
}

result_keys!(
    status = "status",
    outcome = "outcome",
    error = "error",
    detail = "detail",
    type_ = "type",
    message_id = "message_id",
    topic_arn = "topic_arn",
    timestamp = "timestamp",
    signature_version = "signature_version",
    subscribe_url = "subscribe_url",
    subscription_arn = "subscription_arn",
    notification = "notification",
    recipients = "recipients",
    certificate_source = "certificate_source",
    test_trust = "test_trust",
    kind = "kind",
    format = "format",
    mail_message_id = "mail_message_id",
    feedback_id = "feedback_id",
    bounce_type = "bounce_type",
    bounce_sub_type = "bounce_sub_type",
    complaint_feedback_type = "complaint_feedback_type",
    complaint_sub_type = "complaint_sub_type",
    source = "source",
    mail_timestamp = "mail_timestamp",
    email = "email",
    applies_to = "applies_to",
    class = "class",
    action = "action",
    diagnostic = "diagnostic",
);

static RESULT_KEYS: OnceLock<ResultKeys> = OnceLock::new();

/// The current value of one of this module's ini directives (empty when
/// unset). Looks up only that entry: copying every directive of the engine
/// (`ExecutorGlobals::ini_values`) cost a cold worker's first call ~0.1 ms.
fn ini_value(name: &CStr) -> String {
    let name = name.to_str().unwrap_or_default();
    let globals = ExecutorGlobals::get();
    // SAFETY: as in ext-php-rs's `ini_values()`: EG(ini_directives) is set
    // at engine start-up and outlives every request; its entries are
    // `zend_ini_entry` pointers owned by the table (a missing or null entry
    // reads as unset).
    let value = unsafe {
        globals
            .ini_directives
            .as_ref()
            .and_then(|table| table.get(name))
            .and_then(|entry| entry.ptr::<zend_ini_entry>())
            .and_then(|entry| entry.as_ref())
            .and_then(|entry| entry.value.as_ref())
            .map(|value| String::from_utf8_lossy(value.as_bytes()).trim().to_owned())
    };
    value.unwrap_or_default()
}

/// Process-wide state, built on first use from the (system-level, so
/// fixed) php.ini values.
struct Runtime {
    cache_dir: String,
    trust: TestTrustSettings,
    cache: CertificateCache,
    client: LazyHttpsClient,
    role: InstanceRole,
    metadata: LazyMetadataClient,
}

fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        let cache_dir = ini_value(CACHE_DIR);
        let trust = TestTrustSettings {
            ca_file: ini_value(TEST_CA_FILE),
            resolve: ini_value(TEST_RESOLVE),
            imds_endpoint: ini_value(TEST_IMDS_ENDPOINT),
        };
        // The disk cache is opt-in: a shared default such as /tmp would let
        // any other site running as the same user plant a key there. What
        // test-only trust fetched is never read back without it.
        let fetch_trust = if trust.is_on() {
            FetchTrust::TestOnly
        } else {
            FetchTrust::Production
        };
        let disk = (!cache_dir.is_empty()).then(|| DiskCache::new(&cache_dir, fetch_trust));
        let client = LazyHttpsClient::new(trust.load());
        let imds = client.trust().ok().and_then(|t| t.instance_metadata_endpoint());
        Runtime {
            role: InstanceRole::new(imds),
            metadata: LazyMetadataClient::default(),
            client,
            cache: CertificateCache::new(DEFAULT_CAPACITY, disk),
            cache_dir,
            trust,
        }
    })
}

/// Verifies, confirms and classifies one Amazon SNS HTTP(S) delivery. See
/// php/stubs/quillcrm_sns.stub.php for `$request` and the returned array.
///
/// @param string $body The raw request body.
/// @param array $request The request and the site's settings.
/// @return array
#[php_function]
#[php(defaults(request = RequestArray::EMPTY))]
pub fn quillcrm_sns_handle(body: StringArgument<'_>, request: RequestArray<'_>) -> PhpResult<ZBox<ZendHashTable>> {
    let (body, request) = handle_arguments("quillcrm_sns_handle", body, request, RequestReader::read)?;
    let runtime = runtime();
    let services = Services {
        certificates: &runtime.cache,
        source: &runtime.client,
        confirmer: &runtime.client,
    };
    response_to_php(&handler::handle(body, &request, &services), runtime.trust.is_on())
}

/// Verifies, confirms and classifies one message taken from an Amazon SQS
/// queue that SNS delivers to: the rules of quillcrm_sns_handle() but the
/// key. See php/stubs/quillcrm_sns.stub.php.
///
/// @param string $body The message body as SQS returned it.
/// @param array $request The site's settings.
/// @return array
#[php_function]
#[php(defaults(request = RequestArray::EMPTY))]
pub fn quillcrm_sns_handle_queued(
    body: StringArgument<'_>,
    request: RequestArray<'_>,
) -> PhpResult<ZBox<ZendHashTable>> {
    let (body, request) = handle_arguments("quillcrm_sns_handle_queued", body, request, RequestReader::read_queued)?;
    let runtime = runtime();
    let services = Services {
        certificates: &runtime.cache,
        source: &runtime.client,
        confirmer: &runtime.client,
    };
    response_to_php(
        &handler::handle_queued(body, &request, &services),
        runtime.trust.is_on(),
    )
}

/// Whether `$url` is an Amazon SQS queue URL as the queue intake accepts it.
///
/// @param string $url The candidate.
/// @return bool
#[php_function]
pub fn quillcrm_sns_is_queue_url(url: StringArgument<'_>) -> PhpResult<bool> {
    string_is("quillcrm_sns_is_queue_url", "url", url, |url| {
        QueueUrl::parse(url).is_ok()
    })
}

/// The region, account and name of an Amazon SQS queue URL as the queue
/// intake accepts it; null for any other string.
///
/// @param string $url The candidate.
/// @return ?array
#[php_function]
pub fn quillcrm_sns_queue_url_parts(url: StringArgument<'_>) -> PhpResult<Option<ZBox<ZendHashTable>>> {
    let url = url
        .0
        .map_err(|given| argument_type_error("quillcrm_sns_queue_url_parts", 1, "url", "string", given))?;
    let Some(queue) = std::str::from_utf8(url).ok().and_then(|url| QueueUrl::parse(url).ok()) else {
        return Ok(None);
    };
    let mut parts = ZendHashTable::new();
    parts.insert("region", queue.region.as_str())?;
    parts.insert("account", queue.account.as_str())?;
    parts.insert("name", queue.name.as_str())?;
    Ok(Some(parts))
}

/// One Amazon SQS call on the queue at `$queue_url`: `receive`, `delete`,
/// `change_visibility` or `attributes`. See php/stubs/quillcrm_sns.stub.php.
///
/// @param string $operation The call.
/// @param string $queue_url The queue.
/// @param array $options Its options and, optionally, credentials.
/// @return array
#[php_function]
#[php(defaults(options = RequestArray::EMPTY))]
pub fn quillcrm_sns_sqs(
    operation: StringArgument<'_>,
    queue_url: StringArgument<'_>,
    options: RequestArray<'_>,
) -> PhpResult<ZBox<ZendHashTable>> {
    const FUNCTION: &str = "quillcrm_sns_sqs";
    let operation = operation
        .0
        .map_err(|given| argument_type_error(FUNCTION, 1, "operation", "string", given))?;
    let queue_url = queue_url
        .0
        .map_err(|given| argument_type_error(FUNCTION, 2, "queue_url", "string", given))?;
    let options = options
        .0
        .map_err(|given| argument_type_error(FUNCTION, 3, "options", "array", given))?;
    let (operation, given) = SqsOptionsReader.read(operation, options)?;
    let given = match given {
        Ok(given) => given,
        Err(error) => return sqs_result_to_php(Some("given"), Err(error)),
    };
    let runtime = runtime();
    let environment = |name: &str| std::env::var(name).ok();
    let context = sqs::Context {
        given,
        environment: &environment,
        role: &runtime.role,
        api: &runtime.client,
        metadata: &runtime.metadata,
        time: SystemTime::now(),
    };
    let (source, result) = sqs::run(&String::from_utf8_lossy(queue_url), &operation, &context);
    sqs_result_to_php(source.map(|s| s.as_str()), result)
}

/// "Set up in AWS": the SNS topic, the queue or the webhook subscription,
/// the SES identity's topics. See php/stubs/quillcrm_sns.stub.php.
///
/// @param array $options What to set up and, optionally, credentials.
/// @return array
#[php_function]
#[php(defaults(options = RequestArray::EMPTY))]
pub fn quillcrm_sns_aws_setup(options: RequestArray<'_>) -> PhpResult<ZBox<ZendHashTable>> {
    let reader = AwsOptionsReader("quillcrm_sns_aws_setup", 1);
    let options = options
        .0
        .map_err(|given| argument_type_error(reader.0, 1, "options", "array", given))?;
    let (options, given) = reader.read(options)?;
    let (source, result) = match given {
        Ok(given) => aws_run::set_up(&options, &aws_context(given, &|name| std::env::var(name).ok())),
        Err(error) => (None, Err(RunError::Aws(error))),
    };
    setup_result_to_php(source.map(|s| s.as_str()), result)
}

/// One read-only check of the AWS side: `subscription`, `queue`,
/// `identity`, `configuration_set` or `send_statistics`. See
/// php/stubs/quillcrm_sns.stub.php.
///
/// @param string $check The check.
/// @param array $options What to check and, optionally, credentials.
/// @return array
#[php_function]
#[php(defaults(options = RequestArray::EMPTY))]
pub fn quillcrm_sns_aws_doctor(check: StringArgument<'_>, options: RequestArray<'_>) -> PhpResult<ZBox<ZendHashTable>> {
    let reader = AwsOptionsReader("quillcrm_sns_aws_doctor", 2);
    let check = check
        .0
        .map_err(|given| argument_type_error(reader.0, 1, "check", "string", given))?;
    let options = options
        .0
        .map_err(|given| argument_type_error(reader.0, 2, "options", "array", given))?;
    let (options, given) = reader.read(options)?;
    let (source, result) = match given {
        Ok(given) => aws_run::doctor(check, &options, &aws_context(given, &|name| std::env::var(name).ok())),
        Err(error) => (None, Err(RunError::Aws(error))),
    };
    doctor_result_to_php(source.map(|s| s.as_str()), result)
}

/// The context of an AWS call from PHP: the credentials given, the
/// process environment, the instance role, the extension's clients.
fn aws_context<'a>(given: Option<Credentials>, environment: &'a dyn Fn(&str) -> Option<String>) -> sqs::Context<'a> {
    let runtime = runtime();
    sqs::Context {
        given,
        environment,
        role: &runtime.role,
        api: &runtime.client,
        metadata: &runtime.metadata,
        time: SystemTime::now(),
    }
}

/// Reads the options array of quillcrm_sns_aws_setup() and
/// quillcrm_sns_aws_doctor(): string values (or null) under known keys,
/// and `credentials` as quillcrm_sns_sqs() reads it. (function, position)
struct AwsOptionsReader(&'static str, u8);

impl AwsOptionsReader {
    const KEYS: [&'static str; 9] = [
        "region",
        "topic",
        "intake",
        "queue_name",
        "queue_url",
        "webhook_url",
        "delivery_policy",
        "identity",
        "configuration_set",
    ];

    fn error(&self, class: &'static ext_php_rs::zend::ClassEntry, what: String) -> PhpException {
        PhpException::new(
            format!("{}(): Argument #{} ($options) {what}", self.0, self.1),
            0,
            class,
        )
    }

    /// `credentials` is null or an array of the three string keys; its
    /// values are then read as quillcrm_sns_sqs() reads them (one owner),
    /// the exceptions naming this function.
    fn check_credentials_shape(&self, value: &Zval) -> PhpResult<()> {
        if value.is_null() {
            return Ok(());
        }
        let Some(array) = value.array() else {
            return Err(self.error(
                ce::type_error(),
                format!(
                    "key \"credentials\" must be of type ?array, {} given",
                    php_type_name(value)
                ),
            ));
        };
        for (name, item) in entries(array) {
            if !matches!(
                name.as_deref(),
                Some("access_key_id" | "secret_access_key" | "session_token")
            ) {
                return Err(self.error(
                    ce::value_error(),
                    "key \"credentials\" must contain only the keys access_key_id, secret_access_key and session_token"
                        .into(),
                ));
            }
            if !item.is_null() && !item.is_string() {
                return Err(self.error(
                    ce::type_error(),
                    format!(
                        "key \"credentials\" values must be of type string, {} given",
                        php_type_name(item)
                    ),
                ));
            }
        }
        Ok(())
    }

    #[allow(clippy::type_complexity)]
    fn read(
        &self,
        options: Option<&ZendHashTable>,
    ) -> PhpResult<(
        std::collections::BTreeMap<String, String>,
        Result<Option<Credentials>, AwsError>,
    )> {
        let mut out = std::collections::BTreeMap::new();
        let mut credentials = None;
        for (name, value) in options.into_iter().flat_map(entries) {
            let key = name.unwrap_or_default();
            if key == "credentials" {
                self.check_credentials_shape(value)?;
                credentials = SqsOptionsReader.credentials(value)?;
                continue;
            }
            if !Self::KEYS.contains(&key.as_str()) {
                return Err(self.error(
                    ce::value_error(),
                    format!("must contain only the keys {} and credentials", Self::KEYS.join(", ")),
                ));
            }
            if value.is_null() {
                continue;
            }
            if !value.is_string() {
                return Err(self.error(
                    ce::type_error(),
                    format!("key \"{key}\" must be of type ?string, {} given", php_type_name(value)),
                ));
            }
            let bytes = value.binary_slice::<u8>().unwrap_or_default();
            out.insert(key, String::from_utf8_lossy(bytes).into_owned());
        }
        Ok((out, credentials.transpose()))
    }
}

/// The keys every AWS run answer has: ok, error, detail, retry, iam_action,
/// credentials_source.
fn aws_answer_head(
    out: &mut ZendHashTable,
    source: Option<&str>,
    error: Option<(&'static str, String, Option<&AwsError>)>,
) -> PhpResult<()> {
    out.insert("ok", error.is_none())?;
    out.insert("error", error.as_ref().map(|e| e.0))?;
    out.insert(
        "detail",
        error
            .as_ref()
            .map_or_else(|| aws_error::SUCCEEDED.to_owned(), |e| e.1.clone()),
    )?;
    let aws = error.as_ref().and_then(|e| e.2);
    out.insert("retry", aws.is_some_and(AwsError::is_retryable))?;
    out.insert("iam_action", aws.and_then(AwsError::denied_action))?;
    out.insert("credentials_source", source)?;
    Ok(())
}

/// The array quillcrm_sns_aws_setup() returns: always the same keys.
fn setup_result_to_php(source: Option<&str>, result: Result<SetupReport, RunError>) -> PhpResult<ZBox<ZendHashTable>> {
    let mut out = ZendHashTable::new();
    let report = result.as_ref().ok().cloned().unwrap_or_default();
    let error = match (&result, report.first_problem()) {
        (Err(error), _) => Some((error.code(), error.detail(), error.aws())),
        (Ok(_), Some(problem)) => Some((problem.code(), problem.detail(), problem.aws())),
        (Ok(_), None) => None,
    };
    aws_answer_head(&mut out, source, error)?;
    out.insert("topic_arn", report.topic_arn.as_deref())?;
    out.insert("queue_url", report.queue_url.as_deref())?;
    out.insert("subscription_arn", report.subscription_arn.as_deref())?;
    let mut steps = ZendHashTable::new();
    for step in &report.steps {
        let mut s = ZendHashTable::new();
        s.insert("step", step.id)?;
        s.insert("outcome", step.outcome.as_str())?;
        s.insert("subject", step.subject.as_str())?;
        s.insert("error", step.problem.as_ref().map(|p| p.code()))?;
        s.insert("detail", step.problem.as_ref().map(|p| p.detail()))?;
        let aws = step.problem.as_ref().and_then(|p| p.aws());
        s.insert("iam_action", aws.and_then(AwsError::denied_action))?;
        s.insert("retry", aws.is_some_and(AwsError::is_retryable))?;
        s.insert("note", step.note)?;
        steps.push(s)?;
    }
    out.insert("steps", steps)?;
    Ok(out)
}

/// The array quillcrm_sns_aws_doctor() returns: always the same keys.
fn doctor_result_to_php(
    source: Option<&str>,
    result: Result<DoctorReport, RunError>,
) -> PhpResult<ZBox<ZendHashTable>> {
    let mut out = ZendHashTable::new();
    let error = result.as_ref().err().map(|e| (e.code(), e.detail(), e.aws()));
    aws_answer_head(&mut out, source, error)?;
    let report = result.unwrap_or_default();
    let mut findings = ZendHashTable::new();
    for finding in &report.findings {
        let mut f = ZendHashTable::new();
        f.insert("code", finding.code)?;
        f.insert("status", finding.status.as_str())?;
        let mut facts = ZendHashTable::new();
        for (name, value) in &finding.facts {
            facts.insert(*name, value.as_str())?;
        }
        f.insert("facts", facts)?;
        findings.push(f)?;
    }
    out.insert("findings", findings)?;
    let mut facts = ZendHashTable::new();
    for (name, value) in &report.facts {
        facts.insert(*name, value.as_str())?;
    }
    out.insert("facts", facts)?;
    Ok(out)
}

/// TEST ONLY (cargo feature `test-panic-trigger`, absent from production
/// builds): handles `$body` like quillcrm_sns_handle(), but with an empty
/// certificate cache and a network that panics, so a delivery that reaches
/// the certificate fetch panics inside the handler. tests/panic/ shows the
/// panic reaches PHP as a catchable \Error and the worker stays usable.
///
/// @param string $body The raw request body.
/// @param array $request As for quillcrm_sns_handle().
/// @return array
#[cfg(feature = "test-panic-trigger")]
#[php_function]
#[php(defaults(request = RequestArray::EMPTY))]
pub fn quillcrm_sns_test_panic(body: StringArgument<'_>, request: RequestArray<'_>) -> PhpResult<ZBox<ZendHashTable>> {
    use quillcrm_sns_core::https_client::{CertificateSource, ConfirmationClient};
    struct PanickingNetwork;
    impl CertificateSource for PanickingNetwork {
        fn fetch_certificate(&self, _url: &str) -> Result<Vec<u8>, Error> {
            panic!("quillcrm_sns_test_panic: a deliberate panic in the certificate fetch")
        }
    }
    impl ConfirmationClient for PanickingNetwork {
        fn confirm_subscription(&self, _url: &str) -> Result<Vec<u8>, Error> {
            panic!("quillcrm_sns_test_panic: a deliberate panic in the confirmation")
        }
    }
    let (body, request) = handle_arguments("quillcrm_sns_test_panic", body, request, RequestReader::read)?;
    let cache = CertificateCache::new(1, None);
    let services = Services {
        certificates: &cache,
        source: &PanickingNetwork,
        confirmer: &PanickingNetwork,
    };
    response_to_php(&handler::handle(body, &request, &services), runtime().trust.is_on())
}

/// Whether `$arn` is an Amazon SNS topic ARN as the handler accepts it.
///
/// @param string $arn The candidate.
/// @return bool
#[php_function]
pub fn quillcrm_sns_is_topic_arn(arn: StringArgument<'_>) -> PhpResult<bool> {
    string_is("quillcrm_sns_is_topic_arn", "arn", arn, |arn| {
        TopicArn::parse(arn).is_some()
    })
}

/// Whether the only argument of `function`, a string named `name`, is UTF-8
/// and passes `rule`; any other type is a TypeError.
fn string_is(function: &str, name: &str, argument: StringArgument<'_>, rule: impl Fn(&str) -> bool) -> PhpResult<bool> {
    let bytes = argument
        .0
        .map_err(|given| argument_type_error(function, 1, name, "string", given))?;
    Ok(std::str::from_utf8(bytes).is_ok_and(rule))
}

/// The extension's version, settings and protocol constants. See
/// php/stubs/quillcrm_sns.stub.php.
///
/// @return array
#[php_function]
pub fn quillcrm_sns_info() -> PhpResult<ZBox<ZendHashTable>> {
    let runtime = runtime();
    let mut info = ZendHashTable::new();
    info.insert("version", env!("CARGO_PKG_VERSION"))?;
    info.insert("implementation", "extension")?;
    info.insert("test_trust", runtime.trust.is_on())?;
    info.insert("cache_dir", runtime.cache_dir.as_str())?;
    info.insert(
        "cache_dir_state",
        runtime
            .cache
            .disk_directory_state()
            .map_or("off", DirectoryState::as_str),
    )?;
    info.insert("test_ca_file", runtime.trust.ca_file.as_str())?;
    info.insert("test_resolve", runtime.trust.resolve.as_str())?;
    info.insert("test_imds_endpoint", runtime.trust.imds_endpoint.as_str())?;
    info.insert("cached_certificates", runtime.cache.url_count() as i64)?;
    info.insert("configuration_error", runtime.client.configuration_error())?;
    info.insert("replay_window", DEFAULT_MAX_AGE)?;
    info.insert("max_future_skew", MAX_FUTURE_SKEW)?;
    info.insert("max_queued_age", MAX_QUEUED_AGE)?;
    info.insert("max_queue_retention", i64::from(sqs::MAX_RETENTION))?;
    info.insert("max_body_bytes", MAX_BODY_BYTES as i64)?;
    Ok(info)
}

/// A `string` parameter. It accepts any value so that a wrong type gets
/// PHP's own TypeError wording instead of ext-php-rs's generic one.
pub struct StringArgument<'a>(Result<&'a [u8], &'static str>);

impl<'a> FromZval<'a> for StringArgument<'a> {
    const TYPE: DataType = DataType::String;

    fn from_zval(zval: &'a Zval) -> Option<Self> {
        Some(StringArgument(match zval.is_string() {
            true => zval.binary_slice::<u8>().ok_or("string"),
            false => Err(php_type_name(zval)),
        }))
    }
}

/// The `array $request = []` parameter: a PHP array, not nullable, that
/// may be omitted (any other value is a TypeError in PHP's wording).
#[derive(Clone, Copy)]
pub struct RequestArray<'a>(Result<Option<&'a ZendHashTable>, &'static str>);

impl RequestArray<'_> {
    const EMPTY: RequestArray<'static> = RequestArray(Ok(None));
}

impl<'a> FromZval<'a> for RequestArray<'a> {
    const TYPE: DataType = DataType::Array;

    fn from_zval(zval: &'a Zval) -> Option<Self> {
        Some(RequestArray(zval.array().map(Some).ok_or_else(|| php_type_name(zval))))
    }
}

impl StubLiteral for RequestArray<'_> {
    fn stub_literal(&self) -> String {
        "[]".into()
    }
}

/// `(string $body, array $request = [])`, the arguments every handling
/// function takes: the body, and the request read by `read` (borrowing the
/// strings).
fn handle_arguments<'a, R>(
    function: &'static str,
    body: StringArgument<'a>,
    request: RequestArray<'a>,
    read: impl FnOnce(&RequestReader, Option<&'a ZendHashTable>) -> PhpResult<R>,
) -> PhpResult<(&'a [u8], R)> {
    let body = body
        .0
        .map_err(|given| argument_type_error(function, 1, "body", "string", given))?;
    let request = request
        .0
        .map_err(|given| argument_type_error(function, 2, "request", "array", given))?;
    Ok((body, read(&RequestReader { function }, request)?))
}

fn argument_type_error(function: &str, position: u8, name: &str, expected: &str, given: &str) -> PhpException {
    PhpException::new(
        format!("{function}(): Argument #{position} (${name}) must be of type {expected}, {given} given"),
        0,
        ce::type_error(),
    )
}

/// Reads `$request` the way PHP's own functions read an options array: a
/// wrong type is a TypeError, a bad value or unknown key a ValueError (a
/// typo such as `allowed_topic` must not silently drop a restriction).
struct RequestReader {
    function: &'static str,
}

/// Every key `$request` of quillcrm_sns_handle() may have.
const REQUEST_KEYS: [&str; 8] = [
    "key",
    "expected_key",
    "headers",
    "allowed_topics",
    "confirm",
    "now",
    "max_age",
    "min_signature_version",
];

/// Every key `$request` of quillcrm_sns_handle_queued() may have: those of
/// quillcrm_sns_handle() that are the site's settings, and `retention`.
const QUEUED_REQUEST_KEYS: [&str; 6] = [
    "allowed_topics",
    "confirm",
    "now",
    "max_age",
    "retention",
    "min_signature_version",
];

impl RequestReader {
    fn read<'a>(&self, array: Option<&'a ZendHashTable>) -> PhpResult<Request<'a>> {
        // The common case, an array of known keys with valid values (what the
        // plugin passes), read by looking each key up; anything else is read
        // member by member, which names the first problem in the array's
        // order. Both apply the same rules (apply()).
        if let Some(request) = array.and_then(|array| self.read_known_keys(array)) {
            return Ok(request);
        }
        let mut request = Self::defaults(DEFAULT_MAX_AGE);
        let names = self.read_in_order(array, &REQUEST_KEYS, &mut request)?;
        if !names.iter().any(|name| name == "expected_key") {
            return Err(self.value_error("must contain the key \"expected_key\""));
        }
        Ok(request)
    }

    /// `$request` of quillcrm_sns_handle_queued(): the replay window is
    /// `max_age`, or follows `retention`, the queue's; by default that of a
    /// queue keeping messages as long as SQS does unless told otherwise.
    fn read_queued(&self, array: Option<&ZendHashTable>) -> PhpResult<QueuedRequest> {
        let mut request = Self::defaults(handler::queued_max_age(sqs::DEFAULT_RETENTION));
        let names = self.read_in_order(array, &QUEUED_REQUEST_KEYS, &mut request)?;
        if names.iter().any(|name| name == "max_age") && names.iter().any(|name| name == "retention") {
            return Err(self.value_error("must not contain both \"max_age\" and \"retention\""));
        }
        Ok(QueuedRequest {
            allowed_topics: request.allowed_topics,
            confirm: request.confirm,
            now: request.now,
            max_age: request.max_age,
            min_signature_version: request.min_signature_version,
        })
    }

    fn defaults<'a>(max_age: i64) -> Request<'a> {
        Request {
            key: None,
            expected_key: &[],
            headers: SnsHeaders::default(),
            allowed_topics: Vec::new(),
            confirm: true,
            now: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64),
            max_age,
            min_signature_version: SignatureVersion::V1Sha1,
        }
    }

    /// `None` when the array has another key, or a value that apply() refuses.
    fn read_known_keys<'a>(&self, array: &'a ZendHashTable) -> Option<Request<'a>> {
        let mut request = Self::defaults(DEFAULT_MAX_AGE);
        let mut found = 0;
        for name in REQUEST_KEYS {
            if let Some(value) = array.get(name).map(Zval::dereference) {
                self.apply(&mut request, name, value).ok()?;
                found += 1;
            }
        }
        let complete = found == array.len() && array.get("expected_key").is_some();
        complete.then_some(request)
    }

    /// Reads each member of `array` in its order into `request`; a key not in
    /// `keys` is a ValueError. Returns the keys read with a value (null is
    /// the default, as if the key were absent).
    fn read_in_order<'a>(
        &self,
        array: Option<&'a ZendHashTable>,
        keys: &[&str],
        request: &mut Request<'a>,
    ) -> PhpResult<Vec<String>> {
        let mut names = Vec::new();
        for (name, value) in array.into_iter().flat_map(entries) {
            let name = name.ok_or_else(|| self.value_error("must have string keys"))?;
            if !keys.contains(&name.as_str()) {
                return Err(self.value_error(&format!("must contain only the keys {}", list_in_words(keys))));
            }
            self.apply(request, &name, value)?;
            if !value.is_null() {
                names.push(name);
            }
        }
        Ok(names)
    }

    /// Reads the value of the known key `name` into `request`.
    fn apply<'a>(&self, request: &mut Request<'a>, name: &str, value: &'a Zval) -> PhpResult<()> {
        match name {
            "key" => request.key = self.nullable_bytes(value, "key")?,
            "expected_key" => request.expected_key = self.bytes(value, "expected_key")?,
            "headers" => request.headers = self.headers(value)?,
            "allowed_topics" => request.allowed_topics = self.string_list(value, "allowed_topics")?,
            "confirm" => {
                request.confirm = value
                    .bool()
                    .filter(|_| value.is_bool())
                    .ok_or_else(|| self.type_error("confirm", "bool", value))?
            }
            "now" => {
                if let Some(now) = self.nullable_int(value, "now")? {
                    request.now = now;
                }
            }
            "max_age" => {
                if let Some(max_age) = self.nullable_int(value, "max_age")? {
                    if !(0..=MAX_QUEUED_AGE).contains(&max_age) {
                        return Err(
                            self.value_error(&format!("key \"max_age\" must be between 0 and {MAX_QUEUED_AGE}"))
                        );
                    }
                    request.max_age = max_age;
                }
            }
            "retention" => {
                if let Some(retention) = self.nullable_int(value, "retention")? {
                    let retention = u32::try_from(retention)
                        .ok()
                        .filter(|retention| *retention <= sqs::MAX_RETENTION)
                        .ok_or_else(|| {
                            self.value_error(&format!(
                                "key \"retention\" must be between 0 and {}",
                                sqs::MAX_RETENTION
                            ))
                        })?;
                    request.max_age = handler::queued_max_age(retention);
                }
            }
            "min_signature_version" => {
                if let Some(number) = self.nullable_int(value, "min_signature_version")? {
                    request.min_signature_version = SignatureVersion::from_number(number)
                        .ok_or_else(|| self.value_error("key \"min_signature_version\" must be 1 or 2"))?;
                }
            }
            _ => unreachable!("apply() is called with the keys of REQUEST_KEYS and QUEUED_REQUEST_KEYS only"),
        }
        Ok(())
    }

    fn type_error(&self, key: &str, expected: &str, value: &Zval) -> PhpException {
        PhpException::new(
            format!(
                "{}(): Argument #2 ($request) key \"{key}\" must be of type {expected}, {} given",
                self.function,
                php_type_name(value)
            ),
            0,
            ce::type_error(),
        )
    }

    fn value_error(&self, what: &str) -> PhpException {
        PhpException::new(
            format!("{}(): Argument #2 ($request) {what}", self.function),
            0,
            ce::value_error(),
        )
    }

    fn bytes<'z>(&self, value: &'z Zval, key: &str) -> PhpResult<&'z [u8]> {
        // The type first: binary_slice() reads a string's pointer whatever
        // the zval holds.
        if !value.is_string() {
            return Err(self.type_error(key, "string", value));
        }
        value
            .binary_slice::<u8>()
            .ok_or_else(|| self.type_error(key, "string", value))
    }

    fn nullable_bytes<'z>(&self, value: &'z Zval, key: &str) -> PhpResult<Option<&'z [u8]>> {
        if value.is_null() {
            return Ok(None);
        }
        self.bytes(value, key).map(Some)
    }

    fn nullable_int(&self, value: &Zval, key: &str) -> PhpResult<Option<i64>> {
        if value.is_null() {
            return Ok(None);
        }
        if !value.is_long() {
            return Err(self.type_error(key, "?int", value));
        }
        Ok(value.long())
    }

    fn utf8_string(&self, value: &Zval, key: &str) -> PhpResult<String> {
        Ok(String::from_utf8_lossy(self.bytes(value, key)?).into_owned())
    }

    fn string_list(&self, value: &Zval, key: &str) -> PhpResult<Vec<String>> {
        let array = value.array().ok_or_else(|| self.type_error(key, "array", value))?;
        entries(array).map(|(_, item)| self.utf8_string(item, key)).collect()
    }

    fn headers(&self, value: &Zval) -> PhpResult<SnsHeaders> {
        let array = value
            .array()
            .ok_or_else(|| self.type_error("headers", "array", value))?;
        let mut headers = SnsHeaders::default();
        for (name, item) in entries(array) {
            let Some(name) = name else {
                continue;
            };
            let slot = match sns_header_name(&name) {
                Some("x-amz-sns-message-type") => &mut headers.message_type,
                Some("x-amz-sns-topic-arn") => &mut headers.topic_arn,
                Some("x-amz-sns-rawdelivery") => &mut headers.raw_delivery,
                _ => continue,
            };
            *slot = Some(self.utf8_string(item, "headers")?);
        }
        Ok(headers)
    }
}

/// `a, b and c`.
fn list_in_words(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Reads the arguments of quillcrm_sns_sqs() the way PHP's own functions
/// read an options array (TypeError, ValueError).
struct SqsOptionsReader;

impl SqsOptionsReader {
    const FUNCTION: &'static str = "quillcrm_sns_sqs";

    fn error(&self, class: &'static ext_php_rs::zend::ClassEntry, what: String) -> PhpException {
        PhpException::new(format!("{}(): {what}", Self::FUNCTION), 0, class)
    }

    fn int(&self, value: &Zval, key: &str, range: std::ops::RangeInclusive<i64>) -> PhpResult<Option<i64>> {
        if value.is_null() {
            return Ok(None);
        }
        let number = value.long().filter(|_| value.is_long()).ok_or_else(|| {
            self.error(
                ce::type_error(),
                format!(
                    "Argument #3 ($options) key \"{key}\" must be of type ?int, {} given",
                    php_type_name(value)
                ),
            )
        })?;
        if !range.contains(&number) {
            return Err(self.error(
                ce::value_error(),
                format!(
                    "Argument #3 ($options) key \"{key}\" must be between {} and {}",
                    range.start(),
                    range.end()
                ),
            ));
        }
        Ok(Some(number))
    }

    fn string<'z>(&self, value: &'z Zval, key: &str) -> PhpResult<&'z [u8]> {
        if !value.is_string() {
            return Err(self.error(
                ce::type_error(),
                format!(
                    "Argument #3 ($options) key \"{key}\" must be of type string, {} given",
                    php_type_name(value)
                ),
            ));
        }
        value.binary_slice::<u8>().ok_or_else(|| {
            self.error(
                ce::type_error(),
                format!("Argument #3 ($options) key \"{key}\" must be of type string"),
            )
        })
    }

    /// `credentials`: null, or an array of `access_key_id`,
    /// `secret_access_key` and optionally `session_token`. Malformed values
    /// are the call's `aws_bad_credentials` answer, not an exception (they
    /// come from the site's configuration). Never quoted anywhere.
    fn credentials(&self, value: &Zval) -> PhpResult<Option<Result<Credentials, AwsError>>> {
        if value.is_null() {
            return Ok(None);
        }
        let array = value.array().ok_or_else(|| {
            self.error(
                ce::type_error(),
                format!(
                    "Argument #3 ($options) key \"credentials\" must be of type ?array, {} given",
                    php_type_name(value)
                ),
            )
        })?;
        let (mut id, mut secret, mut token) = (None, None, None);
        for (name, item) in entries(array) {
            let slot = match name.as_deref() {
                Some("access_key_id") => &mut id,
                Some("secret_access_key") => &mut secret,
                Some("session_token") => &mut token,
                _ => {
                    return Err(self.error(
                        ce::value_error(),
                        "Argument #3 ($options) key \"credentials\" must contain only the keys access_key_id, secret_access_key and session_token".into(),
                    ))
                }
            };
            if !item.is_null() {
                *slot = Some(String::from_utf8_lossy(self.string(item, "credentials")?).into_owned());
            }
        }
        Ok(Some(Credentials::new(
            id.as_deref().unwrap_or_default(),
            secret.as_deref().unwrap_or_default(),
            token.as_deref(),
        )))
    }

    #[allow(clippy::type_complexity)]
    fn read(
        &self,
        operation: &[u8],
        options: Option<&ZendHashTable>,
    ) -> PhpResult<(Operation, Result<Option<Credentials>, AwsError>)> {
        let (mut max, mut wait, mut visibility, mut handles, mut credentials) = (None, None, None, None, None);
        for (name, value) in options.into_iter().flat_map(entries) {
            match name.as_deref() {
                Some("credentials") => credentials = self.credentials(value)?,
                Some("max_messages") => max = self.int(value, "max_messages", 1..=i64::from(MAX_MESSAGES))?,
                Some("wait_seconds") => wait = self.int(value, "wait_seconds", 0..=i64::from(MAX_WAIT_SECONDS))?,
                Some("visibility_timeout") => {
                    visibility = self.int(value, "visibility_timeout", 0..=i64::from(MAX_VISIBILITY_TIMEOUT))?
                }
                Some("receipt_handles") => {
                    let list = value.array().ok_or_else(|| {
                        self.error(
                            ce::type_error(),
                            format!("Argument #3 ($options) key \"receipt_handles\" must be of type array, {} given", php_type_name(value)),
                        )
                    })?;
                    if list.len() > usize::from(MAX_MESSAGES) {
                        return Err(self.error(
                            ce::value_error(),
                            "Argument #3 ($options) key \"receipt_handles\" must hold at most 10 receipt handles".into(),
                        ));
                    }
                    handles = Some(
                        entries(list)
                            .map(|(_, h)| self.string(h, "receipt_handles").map(|b| String::from_utf8_lossy(b).into_owned()))
                            .collect::<PhpResult<Vec<String>>>()?,
                    );
                }
                _ => {
                    return Err(self.error(
                        ce::value_error(),
                        "Argument #3 ($options) must contain only the keys credentials, max_messages, wait_seconds, visibility_timeout and receipt_handles".into(),
                    ))
                }
            }
        }
        let operation = match operation {
            b"receive" => Operation::Receive {
                max_messages: max.unwrap_or(i64::from(MAX_MESSAGES)) as u8,
                wait_seconds: wait.unwrap_or(0) as u8,
                visibility_timeout: visibility.map(|v| v as u32),
            },
            b"delete" => Operation::Delete {
                receipt_handles: handles.unwrap_or_default(),
            },
            b"change_visibility" => Operation::ChangeVisibility {
                receipt_handles: handles.unwrap_or_default(),
                visibility_timeout: visibility.unwrap_or(0) as u32,
            },
            b"attributes" => Operation::Attributes,
            _ => {
                return Err(self.error(
                    ce::value_error(),
                    "Argument #1 ($operation) must be one of receive, delete, change_visibility and attributes".into(),
                ))
            }
        };
        // Malformed given credentials are the call's answer (never a
        // fall-back to other credentials).
        Ok((operation, credentials.transpose()))
    }
}

/// The array quillcrm_sns_sqs() returns: always the same keys.
fn sqs_result_to_php(source: Option<&str>, result: Result<Answer, AwsError>) -> PhpResult<ZBox<ZendHashTable>> {
    let mut out = ZendHashTable::new();
    let (mut messages, mut succeeded, mut failed, mut attributes) = (
        ZendHashTable::new(),
        ZendHashTable::new(),
        ZendHashTable::new(),
        ZendHashTable::new(),
    );
    match &result {
        Ok(Answer::Received(received)) => {
            for message in &received.messages {
                let mut m = ZendHashTable::new();
                m.insert("message_id", message.message_id.as_str())?;
                m.insert("receipt_handle", message.receipt_handle.as_str())?;
                m.insert("body", message.body.as_str())?;
                m.insert("receive_count", i64::from(message.receive_count))?;
                m.insert("sent_at", message.sent_at_ms.map(|ms| ms / 1000))?;
                messages.push(m)?;
            }
        }
        Ok(Answer::Batch(outcome)) => {
            for index in &outcome.succeeded {
                succeeded.push(*index as i64)?;
            }
            for (index, code) in &outcome.failed {
                let mut f = ZendHashTable::new();
                f.insert("index", *index as i64)?;
                f.insert("code", code.as_str())?;
                failed.push(f)?;
            }
        }
        Ok(Answer::Attributes(map)) => {
            for (name, value) in map {
                attributes.insert(name.as_str(), value.as_str())?;
            }
        }
        Err(_) => {}
    }
    out.insert("ok", result.is_ok())?;
    out.insert("status", i64::from(result.as_ref().err().map_or(200, AwsError::status)))?;
    out.insert("error", result.as_ref().err().map(AwsError::code))?;
    out.insert(
        "detail",
        match &result {
            Ok(_) => aws_error::SUCCEEDED.to_owned(),
            Err(error) => error.detail(),
        },
    )?;
    out.insert("retry", result.as_ref().err().is_some_and(AwsError::is_retryable))?;
    out.insert("credentials_source", source)?;
    out.insert("messages", messages)?;
    out.insert("narrowed", matches!(&result, Ok(Answer::Received(r)) if r.narrowed))?;
    out.insert("succeeded", succeeded)?;
    out.insert("failed", failed)?;
    out.insert("attributes", attributes)?;
    Ok(out)
}

/// The SNS header a `headers` key names, whichever way it is spelled:
/// getallheaders() and `$_SERVER` differ in case, `_` for `-` and an `HTTP_`
/// prefix (every leading `http-`, once `_` reads as `-`, is dropped).
fn sns_header_name(key: &str) -> Option<&'static str> {
    // ASCII letters lower-cased, `_` read as `-`.
    let same = |spelled: &[u8], name: &str| {
        spelled.len() == name.len()
            && spelled
                .iter()
                .zip(name.bytes())
                .all(|(&b, n)| (if b == b'_' { b'-' } else { b.to_ascii_lowercase() }) == n)
    };
    let mut rest = key.as_bytes();
    while rest.len() >= 5 && same(&rest[..5], "http-") {
        rest = &rest[5..];
    }
    ["x-amz-sns-message-type", "x-amz-sns-topic-arn", "x-amz-sns-rawdelivery"]
        .into_iter()
        .find(|name| same(rest, name))
}

/// An array's entries: each key as a name, each value past a PHP reference
/// (`foreach ($r as &$v)` leaves the values of `$r` as references) read as
/// the value it points to, as PHP's own functions read it.
///
/// A string key is a name (`None`: an integer key). PHP's keys are bytes
/// (`$_SERVER` may hold a header name a client sent in Latin-1): one that
/// is not UTF-8 is read lossily, so it matches no name this API knows, as
/// in PHP. ext-php-rs's own iterator panics on such a key, so the raw one
/// is used.
fn entries(array: &ZendHashTable) -> impl Iterator<Item = (Option<String>, &Zval)> {
    let mut raw = array.iter();
    std::iter::from_fn(move || raw.next_zval()).map(|(key, value)| {
        let name = key
            .zend_str()
            .map(|name| String::from_utf8_lossy(name.as_bytes()).into_owned());
        (name, value.dereference())
    })
}

fn php_type_name(value: &Zval) -> &'static str {
    if value.is_null() {
        "null"
    } else if value.is_bool() {
        "bool"
    } else if value.is_long() {
        "int"
    } else if value.is_double() {
        "float"
    } else if value.is_string() {
        "string"
    } else if value.is_array() {
        "array"
    } else {
        "object"
    }
}

fn response_to_php(response: &Response, test_trust: bool) -> PhpResult<ZBox<ZendHashTable>> {
    // Interned at start-up only: interned later, they would be freed at the
    // end of the request.
    let Some(k) = RESULT_KEYS.get() else {
        return Err(PhpException::new(
            "the quillcrm_sns extension did not start (no result keys)".into(),
            0,
            ce::exception(),
        ));
    };
    let mut out = ZendHashTable::with_capacity(15);
    out.insert(k.status, i64::from(response.status))?;
    out.insert(k.outcome, response.outcome.as_str())?;
    out.insert(k.error, response.error.as_ref().map(Error::code))?;
    out.insert(k.detail, response.detail.as_str())?;
    match &response.message {
        Some(facts) => {
            out.insert(k.type_, facts.message_type)?;
            out.insert(k.message_id, facts.message_id.as_str())?;
            out.insert(k.topic_arn, facts.topic_arn.as_str())?;
            out.insert(k.timestamp, facts.timestamp.as_str())?;
            out.insert(k.signature_version, i64::from(facts.signature_version))?;
            out.insert(k.subscribe_url, facts.subscribe_url.as_deref())?;
        }
        None => {
            for key in [
                k.type_,
                k.message_id,
                k.topic_arn,
                k.timestamp,
                k.signature_version,
                k.subscribe_url,
            ] {
                out.insert(key, Zval::null())?;
            }
        }
    }
    out.insert(k.subscription_arn, response.subscription_arn.as_deref())?;
    match &response.notification {
        None => out.insert(k.notification, Zval::null())?,
        Some(n) => {
            let mut notification = ZendHashTable::with_capacity(11);
            notification.insert(k.kind, n.kind.as_str())?;
            notification.insert(k.format, n.format.map(|f| f.as_str()))?;
            notification.insert(k.mail_message_id, n.mail_message_id.as_deref())?;
            notification.insert(k.feedback_id, n.feedback_id.as_deref())?;
            notification.insert(k.bounce_type, n.bounce_type.as_deref())?;
            notification.insert(k.bounce_sub_type, n.bounce_sub_type.as_deref())?;
            notification.insert(k.complaint_feedback_type, n.complaint_feedback_type.as_deref())?;
            notification.insert(k.complaint_sub_type, n.complaint_sub_type.as_deref())?;
            notification.insert(k.source, n.source.as_deref())?;
            notification.insert(k.timestamp, n.timestamp.as_deref())?;
            notification.insert(k.mail_timestamp, n.mail_timestamp.as_deref())?;
            out.insert(k.notification, notification)?;
        }
    }
    let mut recipients = ZendHashTable::with_capacity(u32::try_from(response.recipients.len()).unwrap_or(u32::MAX));
    for recipient in &response.recipients {
        recipients.push(recipient_to_php(k, recipient)?)?;
    }
    out.insert(k.recipients, recipients)?;
    out.insert(
        k.certificate_source,
        response.key_origin.map(|origin| match origin {
            KeyOrigin::Memory => "memory",
            KeyOrigin::Disk => "disk",
            KeyOrigin::Network => "network",
        }),
    )?;
    out.insert(k.test_trust, test_trust)?;
    Ok(out)
}

fn recipient_to_php(k: &ResultKeys, recipient: &Recipient) -> PhpResult<ZBox<ZendHashTable>> {
    let mut out = ZendHashTable::with_capacity(6);
    out.insert(k.email, recipient.email.as_str())?;
    out.insert(k.applies_to, recipient.applies_to.as_deref())?;
    out.insert(k.class, recipient.class.as_str())?;
    out.insert(k.status, recipient.status.as_deref())?;
    out.insert(k.action, recipient.action.as_deref())?;
    out.insert(k.diagnostic, recipient.diagnostic.as_deref())?;
    Ok(out)
}

/// `php --ri quillcrm_sns`.
extern "C" fn php_module_info(_module: *mut ModuleEntry) {
    let runtime = runtime();
    info_table_start!();
    info_table_header!("QuillCRM SNS bounce handler", "enabled");
    info_table_row!("version", env!("CARGO_PKG_VERSION"));
    info_table_row!("signature crypto", "aws-lc-rs (RSA PKCS#1 v1.5, SHA1 and SHA256)");
    info_table_row!("TLS", "rustls with aws-lc-rs, webpki roots, no redirects, 5 s timeout");
    info_table_row!(
        "test-only trust",
        if runtime.trust.is_on() {
            "ON - NEVER USE IN PRODUCTION: the quillcrm_sns.test_* directives below decide whom it trusts and where AWS host names go"
        } else {
            "off"
        }
    );
    if let Some(why) = runtime.client.configuration_error() {
        info_table_row!("configuration error", why);
    }
    info_table_row!(
        "cached certificates (this process)",
        runtime.cache.url_count().to_string()
    );
    info_table_end!();
    info_table_start!();
    info_table_header!("Directive", "Value");
    info_table_row!(
        CACHE_DIR.to_str().unwrap_or_default(),
        if runtime.cache_dir.is_empty() {
            "(empty: no disk cache)"
        } else {
            runtime.cache_dir.as_str()
        }
    );
    info_table_row!(
        TEST_CA_FILE.to_str().unwrap_or_default(),
        runtime.trust.ca_file.as_str()
    );
    info_table_row!(
        TEST_RESOLVE.to_str().unwrap_or_default(),
        runtime.trust.resolve.as_str()
    );
    info_table_row!(
        TEST_IMDS_ENDPOINT.to_str().unwrap_or_default(),
        runtime.trust.imds_endpoint.as_str()
    );
    info_table_end!();
}

#[php_module]
#[php(startup = "startup")]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    let module = module
        .function(wrap_function!(quillcrm_sns_handle))
        .function(wrap_function!(quillcrm_sns_info))
        .function(wrap_function!(quillcrm_sns_is_topic_arn))
        .function(wrap_function!(quillcrm_sns_handle_queued))
        .function(wrap_function!(quillcrm_sns_is_queue_url))
        .function(wrap_function!(quillcrm_sns_queue_url_parts))
        .function(wrap_function!(quillcrm_sns_sqs))
        .function(wrap_function!(quillcrm_sns_aws_setup))
        .function(wrap_function!(quillcrm_sns_aws_doctor))
        .info_function(php_module_info);
    #[cfg(feature = "test-panic-trigger")]
    let module = module.function(wrap_function!(quillcrm_sns_test_panic));
    module
}
