//! "Set up in AWS": the steps that connect an SES identity to this site,
//! each idempotent (it reads first, and writes only what differs), each
//! reported as created / already so / changed / failed / skipped.
//!
//! 1. the SNS topic, picked by ARN or found or created by name;
//! 2. its `SignatureVersion` attribute set to 2 (SHA256);
//! 3. for the queue intake: the queue (14-day retention), its policy for
//!    the topic, a check of its encryption key; the subscription with raw
//!    delivery off;
//! 4. for the webhook intake: the subscription of the webhook URL with the
//!    site's recommended delivery policy, raw delivery off;
//! 5. the SES identity's Bounce and Complaint topics, and/or an SNS event
//!    destination of a configuration set;
//! 6. email feedback forwarding off, once both are covered by topics.
//!
//! Which IAM action each step needs is in php/README.md.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::aws_client::AwsClient;
use crate::aws_error::AwsError;
use crate::ses_api::{EventDestination, NotificationType, Ses};
use crate::sns_api::{Sns, SubscriptionSummary};
use crate::sqs::QueueUrl;
use crate::sqs::MAX_RETENTION;
use crate::sqs_admin::{self, SqsAdmin};
use crate::topic_arn::{is_region, TopicArn};

/// The name of the event destination the setup adds to a configuration set.
pub const DESTINATION_NAME: &str = "quillcrm-bounce";

/// How notifications reach the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intake {
    /// An SQS queue of this name (created when missing).
    Queue { name: String },
    /// The webhook URL, subscribed with this delivery policy (JSON).
    Webhook { url: String, delivery_policy: String },
}

/// What to set up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupRequest {
    pub region: String,
    /// A topic ARN (picked) or a topic name (found or created).
    pub topic: String,
    pub intake: Intake,
    pub identity: Option<String>,
    pub configuration_set: Option<String>,
}

/// What a step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    AlreadySo,
    Changed,
    Failed,
    /// Not done: an earlier step failed, or it does not apply yet.
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::AlreadySo => "already",
            Outcome::Changed => "changed",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Why a step failed: an AWS call, or a state the setup does not change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Aws(AwsError),
    /// A stable code: `queue_kms_aws_managed`, `queue_policy_denies`,
    /// `topic_not_found`.
    Found(&'static str),
}

impl Problem {
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Aws(error) => error.code(),
            Problem::Found(code) => code,
        }
    }

    /// One plain, product-neutral sentence.
    pub fn detail(&self) -> String {
        match self {
            Problem::Aws(error) => error.detail(),
            Problem::Found("queue_kms_aws_managed") => "The queue is encrypted with the AWS-managed key alias/aws/sqs, which Amazon SNS cannot use: nothing the topic publishes reaches the queue.".into(),
            Problem::Found("topic_not_found") => "The SNS topic does not exist in that account and region.".into(),
            Problem::Found("queue_policy_denies") => "A statement of the queue's policy denies the topic's messages; an explicit deny wins over any allow, so the policy was left as it is.".into(),
            Problem::Found(code) => format!("The setup found a problem ({code})."),
        }
    }

    pub fn aws(&self) -> Option<&AwsError> {
        match self {
            Problem::Aws(error) => Some(error),
            Problem::Found(_) => None,
        }
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Stable: topic, topic_signature_version, queue, queue_retention,
    /// queue_policy, queue_encryption, subscription,
    /// subscription_raw_delivery, subscription_delivery_policy,
    /// identity_bounce, identity_complaint, configuration_set,
    /// feedback_forwarding.
    pub id: &'static str,
    pub outcome: Outcome,
    /// What it is about (an ARN, a queue URL, an identity), when known.
    pub subject: String,
    pub problem: Option<Problem>,
    /// `pending`: the subscription waits for its confirmation;
    /// `after_confirmation`: not done until then (SNS lists it without ARN);
    /// `not_covered`: forwarding stays on, bounces or complaints have no topic;
    /// `intake_not_ready`: forwarding stays on, a step failed or the
    /// subscription is not confirmed yet.
    pub note: Option<&'static str>,
}

/// The whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetupReport {
    pub steps: Vec<Step>,
    pub topic_arn: Option<String>,
    pub queue_url: Option<String>,
    pub subscription_arn: Option<String>,
}

impl SetupReport {
    /// The first step's problem: the run's answer when the run itself went
    /// through.
    pub fn first_problem(&self) -> Option<&Problem> {
        self.steps.iter().find_map(|step| step.problem.as_ref())
    }
}

impl SetupRequest {
    /// Reads and checks the request from its string options: `region`,
    /// `topic`, `intake` (sqs|webhook), `queue_name`, `webhook_url`,
    /// `delivery_policy`, `identity`, `configuration_set`. The error is a
    /// stable code naming the first bad option.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<SetupRequest, &'static str> {
        let get = |key: &str| options.get(key).map(|v| v.trim()).filter(|v| !v.is_empty());
        let topic = get("topic")
            .filter(|t| is_topic_name(t) || TopicArn::parse(t).is_some())
            .ok_or("invalid_topic")?;
        let region = TopicArn::parse(topic)
            .map(|arn| arn.region)
            .or_else(|| get("region"))
            .filter(|r| is_region(r))
            .ok_or("invalid_region")?;
        let intake = match get("intake") {
            Some("sqs") => Intake::Queue {
                name: checked(get("queue_name"), is_queue_name, "invalid_queue_name")?.ok_or("invalid_queue_name")?,
            },
            Some("webhook") => Intake::Webhook {
                url: checked(get("webhook_url"), is_webhook_url, "invalid_webhook_url")?
                    .ok_or("invalid_webhook_url")?,
                delivery_policy: checked(get("delivery_policy"), is_json_object, "invalid_delivery_policy")?
                    .ok_or("invalid_delivery_policy")?,
            },
            _ => return Err("invalid_intake"),
        };
        let identity = checked(get("identity"), is_identity, "invalid_identity")?;
        let configuration_set = checked(
            get("configuration_set"),
            is_configuration_set,
            "invalid_configuration_set",
        )?;
        Ok(SetupRequest {
            region: region.to_owned(),
            topic: topic.to_owned(),
            intake,
            identity,
            configuration_set,
        })
    }
}

/// An optional option: absent, or present and passing `rule`.
pub(crate) fn checked(
    value: Option<&str>,
    rule: fn(&str) -> bool,
    code: &'static str,
) -> Result<Option<String>, &'static str> {
    value
        .map(|v| if rule(v) { Ok(v.to_owned()) } else { Err(code) })
        .transpose()
}

pub(crate) fn is_json_object(text: &str) -> bool {
    serde_json::from_str::<Value>(text).is_ok_and(|v| v.is_object())
}

/// SNS topic names: 1 to 256 of A-Za-z0-9_- (CreateTopic).
fn is_topic_name(name: &str) -> bool {
    (1..=256).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// SQS queue names: 1 to 80 of A-Za-z0-9_- (standard queues; CreateQueue).
pub(crate) fn is_queue_name(name: &str) -> bool {
    (1..=80).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub(crate) fn is_webhook_url(url: &str) -> bool {
    url.len() <= 2048
        && (url.starts_with("https://") || url.starts_with("http://"))
        && url.bytes().all(|b| b.is_ascii_graphic())
}

/// `url` as a step may show it: scheme, host and path kept; each query
/// value, any fragment and any user information replaced by `…`. The
/// webhook URL's `key` query value is the site's secret, and a setup
/// result is shown and stored (the plugin keeps it in a transient).
pub fn shown_url(url: &str) -> String {
    let (rest, fragment) = match url.split_once('#') {
        Some((rest, _)) => (rest, true),
        None => (url, false),
    };
    let (base, query) = match rest.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (rest, None),
    };
    let mut out = match base.split_once("://") {
        Some((scheme, after)) => {
            let (authority, path) = after.split_at(after.find('/').unwrap_or(after.len()));
            match authority.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://…@{host}{path}"),
                None => base.to_owned(),
            }
        }
        None => base.to_owned(),
    };
    if let Some(query) = query {
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, _)) => format!("{name}=…"),
                None if pair.is_empty() => String::new(),
                None => "…".to_owned(),
            })
            .collect();
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    if fragment {
        out.push_str("#…");
    }
    out
}

/// An email address or a domain, as SES identities are written.
pub(crate) fn is_identity(identity: &str) -> bool {
    (3..=320).contains(&identity.len())
        && identity.contains('.')
        && identity
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"@.-_+".contains(&b))
}

/// Configuration set names: 1 to 64 of A-Za-z0-9_- (CreateConfigurationSet).
pub(crate) fn is_configuration_set(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The subscription of `endpoint` among the topic's: `sqs` with the queue
/// ARN, or `http`/`https` with the webhook URL.
pub fn find_subscription<'a>(list: &'a [SubscriptionSummary], endpoint: &str) -> Option<&'a SubscriptionSummary> {
    list.iter()
        .find(|s| s.endpoint == endpoint && ["sqs", "http", "https"].contains(&s.protocol.as_str()))
}

/// Whether a subscription's DeliveryPolicy is the recommended one (as
/// JSON values: AWS may reorder keys or add its defaults' nulls).
pub fn delivery_policy_matches(actual: Option<&str>, recommended: &str) -> bool {
    let parse = |text: &str| serde_json::from_str::<Value>(text).ok().map(strip_nulls);
    match (actual.and_then(parse), parse(recommended)) {
        (Some(actual), Some(recommended)) => actual == recommended,
        _ => false,
    }
}

fn strip_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The SES event types the site needs (SES API v1 `MatchingEventTypes` names).
const FEEDBACK_EVENT_TYPES: [&str; 2] = ["bounce", "complaint"];

/// The needed event types that no enabled destination publishes to
/// `topic_arn` (one destination may carry both, or one each).
pub fn event_types_missing(destinations: &[EventDestination], topic_arn: &str) -> Vec<&'static str> {
    FEEDBACK_EVENT_TYPES
        .into_iter()
        .filter(|kind| {
            !destinations.iter().any(|d| {
                d.enabled && d.sns_topic.as_deref() == Some(topic_arn) && d.event_types.iter().any(|t| t == kind)
            })
        })
        .collect()
}

/// The protocol SNS uses for the webhook URL.
fn webhook_protocol(url: &str) -> &'static str {
    if url.starts_with("https://") {
        "https"
    } else {
        "http"
    }
}

/// Runs the steps, in order; a step whose input an earlier step failed to
/// give is skipped.
pub struct Setup<'c> {
    pub sns: Sns<'c>,
    pub ses: Ses<'c>,
    pub sqs: SqsAdmin<'c>,
    /// SES takes SetIdentityNotificationTopic and
    /// SetIdentityFeedbackForwardingEnabled "no more than once per second"
    /// (SES API Reference, both actions): the identity's writes are spaced so.
    identity_write_gap: Duration,
    last_identity_write: Cell<Option<Instant>>,
}

/// The space between two writes of an SES identity's settings.
pub const IDENTITY_WRITE_GAP: Duration = Duration::from_millis(1100);

impl<'c> Setup<'c> {
    /// SNS, SES and SQS in `region`, through `client`.
    pub fn new(client: &'c AwsClient<'c>, region: &'c str) -> Self {
        Setup {
            sns: Sns { client, region },
            ses: Ses { client, region },
            sqs: SqsAdmin { client, region },
            identity_write_gap: IDENTITY_WRITE_GAP,
            last_identity_write: Cell::new(None),
        }
    }

    /// The same with another space between identity writes (tests).
    pub fn with_identity_write_gap(mut self, gap: Duration) -> Self {
        self.identity_write_gap = gap;
        self
    }

    /// Waits until an identity write is allowed, then runs it.
    fn identity_write<T>(&self, write: impl FnOnce() -> T) -> T {
        if let Some(last) = self.last_identity_write.get() {
            std::thread::sleep(self.identity_write_gap.saturating_sub(last.elapsed()));
        }
        let result = write();
        self.last_identity_write.set(Some(Instant::now()));
        result
    }
}

struct Checklist {
    report: SetupReport,
}

impl Checklist {
    fn push(&mut self, id: &'static str, subject: &str, result: Result<Outcome, Problem>) -> bool {
        let (outcome, problem) = match result {
            Ok(outcome) => (outcome, None),
            Err(problem) => (Outcome::Failed, Some(problem)),
        };
        self.report.steps.push(Step {
            id,
            outcome,
            subject: subject.to_owned(),
            problem,
            note: None,
        });
        outcome != Outcome::Failed
    }

    fn note(&mut self, note: &'static str) {
        if let Some(step) = self.report.steps.last_mut() {
            step.note = Some(note);
        }
    }

    fn skip(&mut self, ids: &[&'static str]) {
        self.skip_noted(ids, None);
    }

    fn skip_noted(&mut self, ids: &[&'static str], note: Option<&'static str>) {
        for id in ids {
            self.push(id, "", Ok(Outcome::Skipped));
            self.report.steps.last_mut().expect("just pushed").note = note;
        }
    }
}

impl Setup<'_> {
    pub fn run(&self, request: &SetupRequest) -> SetupReport {
        let mut list = Checklist {
            report: SetupReport::default(),
        };
        let Some(topic_arn) = self.topic(&mut list, &request.topic) else {
            list.skip(&[
                "topic_signature_version",
                "subscription",
                "identity_bounce",
                "identity_complaint",
            ]);
            return list.report;
        };
        list.report.topic_arn = Some(topic_arn.clone());
        let result = self.signature_version(&topic_arn);
        list.push("topic_signature_version", &topic_arn, result);
        match &request.intake {
            Intake::Queue { name } => self.queue_intake(&mut list, &topic_arn, name),
            Intake::Webhook { url, delivery_policy } => {
                self.webhook_intake(&mut list, &topic_arn, url, delivery_policy)
            }
        }
        // Email forwarding is the only other copy of the notifications: it
        // goes off only when the site's subscription is in place.
        let intake_ready = !list
            .report
            .steps
            .iter()
            .any(|s| s.outcome == Outcome::Failed || s.note == Some("pending"));
        if let Some(identity) = &request.identity {
            self.identity(&mut list, &topic_arn, identity, intake_ready);
        }
        if let Some(set) = &request.configuration_set {
            let result = self.configuration_set(set, &topic_arn);
            list.push("configuration_set", set, result);
        }
        list.report
    }

    /// 1. An ARN is checked (GetTopicAttributes); a name is looked up among
    ///    the region's topics and created when missing.
    fn topic(&self, list: &mut Checklist, topic: &str) -> Option<String> {
        if TopicArn::parse(topic).is_some() {
            let result = match self.sns.topic_attributes(topic) {
                Ok(_) => Ok(Outcome::AlreadySo),
                // SNS answers NotFound, HTTP 404, for a topic that does not exist.
                Err(AwsError::Rejected { status: 404, .. }) => Err(Problem::Found("topic_not_found")),
                Err(error) => Err(Problem::Aws(error)),
            };
            return list.push("topic", topic, result).then(|| topic.to_owned());
        }
        let found = self
            .sns
            .topics()
            .map(|arns| arns.into_iter().find(|arn| arn.rsplit(':').next() == Some(topic)));
        let (result, arn) = match found {
            Ok(Some(arn)) => (Ok(Outcome::AlreadySo), Some(arn)),
            Ok(None) => match self.sns.create_topic(topic) {
                Ok(arn) => (Ok(Outcome::Created), Some(arn)),
                Err(error) => (Err(Problem::Aws(error)), None),
            },
            Err(error) => (Err(Problem::Aws(error)), None),
        };
        list.push("topic", arn.as_deref().unwrap_or(topic), result);
        arn
    }

    /// 2. SignatureVersion 2 (SHA256) instead of the default 1 (SHA1).
    fn signature_version(&self, topic_arn: &str) -> Result<Outcome, Problem> {
        let attributes = self.sns.topic_attributes(topic_arn).map_err(Problem::Aws)?;
        if attributes.get("SignatureVersion").map(String::as_str) == Some("2") {
            return Ok(Outcome::AlreadySo);
        }
        self.sns
            .set_topic_attribute(topic_arn, "SignatureVersion", "2")
            .map_err(Problem::Aws)?;
        Ok(Outcome::Changed)
    }

    /// 3. The queue, its retention, its policy, its key, its subscription.
    fn queue_intake(&self, list: &mut Checklist, topic_arn: &str, name: &str) {
        let (queue, result) = match self.sqs.find(name) {
            Ok(Some(queue)) => (Some(queue), Ok(Outcome::AlreadySo)),
            Ok(None) => {
                let attributes = BTreeMap::from([("MessageRetentionPeriod".to_owned(), MAX_RETENTION.to_string())]);
                match self.sqs.create(name, &attributes) {
                    Ok(queue) => (Some(queue), Ok(Outcome::Created)),
                    Err(error) => (None, Err(Problem::Aws(error))),
                }
            }
            Err(error) => (None, Err(Problem::Aws(error))),
        };
        let subject = queue.as_ref().map_or(name, |q| q.url.as_str()).to_owned();
        list.push("queue", &subject, result);
        let skipped = [
            "queue_retention",
            "queue_policy",
            "queue_encryption",
            "subscription",
            "subscription_raw_delivery",
        ];
        let Some(queue) = queue else {
            list.skip(&skipped);
            return;
        };
        list.report.queue_url = Some(queue.url.clone());
        let attributes = match self.sqs.attributes(&queue) {
            Ok(attributes) => attributes,
            Err(error) => {
                list.push("queue_retention", &queue.url, Err(Problem::Aws(error)));
                list.skip(&skipped[1..]);
                return;
            }
        };
        let result = self.retention(&queue, &attributes);
        list.push("queue_retention", &queue.url, result);
        let queue_arn = attributes.get("QueueArn").cloned().unwrap_or_default();
        let result = self.queue_policy(&queue, &attributes, &queue_arn, topic_arn);
        list.push("queue_policy", &queue.url, result);
        let result = if attributes
            .get("KmsMasterKeyId")
            .is_some_and(|key| sqs_admin::is_aws_managed_sqs_key(key))
        {
            Err(Problem::Found("queue_kms_aws_managed"))
        } else {
            Ok(Outcome::AlreadySo)
        };
        list.push("queue_encryption", &queue.url, result);
        self.subscription(
            list,
            topic_arn,
            "sqs",
            &queue_arn,
            &[("RawMessageDelivery", "false")],
            None,
        );
    }

    fn retention(&self, queue: &QueueUrl, attributes: &BTreeMap<String, String>) -> Result<Outcome, Problem> {
        let wanted = MAX_RETENTION.to_string();
        if attributes.get("MessageRetentionPeriod") == Some(&wanted) {
            return Ok(Outcome::AlreadySo);
        }
        self.sqs
            .set_attribute(queue, "MessageRetentionPeriod", &wanted)
            .map_err(Problem::Aws)?;
        Ok(Outcome::Changed)
    }

    fn queue_policy(
        &self,
        queue: &QueueUrl,
        attributes: &BTreeMap<String, String>,
        queue_arn: &str,
        topic_arn: &str,
    ) -> Result<Outcome, Problem> {
        let current = attributes.get("Policy").map(String::as_str).filter(|p| !p.is_empty());
        if sqs_admin::policy_allows_topic(current, queue_arn, topic_arn) {
            return Ok(Outcome::AlreadySo);
        }
        let policy = sqs_admin::policy_with_topic(current, queue_arn, topic_arn);
        if !sqs_admin::policy_allows_topic(Some(&policy), queue_arn, topic_arn) {
            // Another statement denies it: writing ours would change nothing.
            return Err(Problem::Found("queue_policy_denies"));
        }
        self.sqs.set_attribute(queue, "Policy", &policy).map_err(Problem::Aws)?;
        Ok(if current.is_none() {
            Outcome::Created
        } else {
            Outcome::Changed
        })
    }

    /// 4. The webhook's subscription, its delivery policy, raw delivery off.
    fn webhook_intake(&self, list: &mut Checklist, topic_arn: &str, url: &str, delivery_policy: &str) {
        self.subscription(
            list,
            topic_arn,
            webhook_protocol(url),
            url,
            &[("RawMessageDelivery", "false"), ("DeliveryPolicy", delivery_policy)],
            Some(delivery_policy),
        );
    }

    /// The subscription of `endpoint` (found, or made with `attributes`),
    /// then raw delivery off and, for the webhook, its delivery policy.
    fn subscription(
        &self,
        list: &mut Checklist,
        topic_arn: &str,
        protocol: &str,
        endpoint: &str,
        attributes: &[(&str, &str)],
        delivery_policy: Option<&str>,
    ) {
        let mut later = vec!["subscription_raw_delivery"];
        if delivery_policy.is_some() {
            later.push("subscription_delivery_policy");
        }
        let existing = self
            .sns
            .subscriptions(topic_arn)
            .map(|all| find_subscription(&all, endpoint).cloned());
        let (result, arn, pending) = match existing {
            Ok(Some(found)) => (
                Ok(Outcome::AlreadySo),
                Some(found.subscription_arn.clone()),
                found.is_pending(),
            ),
            Ok(None) => match self.sns.subscribe(topic_arn, protocol, endpoint, attributes) {
                Ok(arn) => (Ok(Outcome::Created), Some(arn), protocol != "sqs"),
                Err(error) => (Err(Problem::Aws(error)), None, false),
            },
            Err(error) => (Err(Problem::Aws(error)), None, false),
        };
        let arn = arn.filter(|a| a != "PendingConfirmation");
        let subject = arn.clone().unwrap_or_else(|| shown_url(endpoint));
        list.push("subscription", &subject, result);
        if pending {
            list.note("pending");
        }
        let Some(arn) = arn else {
            // SNS names a subscription by its ARN only once it is confirmed.
            list.skip_noted(&later, pending.then_some("after_confirmation"));
            return;
        };
        list.report.subscription_arn = Some(arn.clone());
        let current = match self.sns.subscription_attributes(&arn) {
            Ok(current) => current,
            Err(error) => {
                list.push("subscription_raw_delivery", &arn, Err(Problem::Aws(error)));
                list.skip(&later[1..]);
                return;
            }
        };
        let result = self.subscription_attribute(&arn, &current, "RawMessageDelivery", "false", |v| v != Some("true"));
        list.push("subscription_raw_delivery", &arn, result);
        if let Some(policy) = delivery_policy {
            let result = self.subscription_attribute(&arn, &current, "DeliveryPolicy", policy, |v| {
                delivery_policy_matches(v, policy)
            });
            list.push("subscription_delivery_policy", &arn, result);
        }
    }

    fn subscription_attribute(
        &self,
        arn: &str,
        current: &BTreeMap<String, String>,
        name: &str,
        value: &str,
        is_so: impl Fn(Option<&str>) -> bool,
    ) -> Result<Outcome, Problem> {
        if is_so(current.get(name).map(String::as_str)) {
            return Ok(Outcome::AlreadySo);
        }
        self.sns
            .set_subscription_attribute(arn, name, value)
            .map_err(Problem::Aws)?;
        Ok(Outcome::Changed)
    }

    /// 5 and 6. The identity's Bounce and Complaint topics, then email
    /// forwarding off once both have a topic and `intake_ready` (no step
    /// failed and the subscription is confirmed).
    fn identity(&self, list: &mut Checklist, topic_arn: &str, identity: &str, intake_ready: bool) {
        let current = match self.ses.identity_notifications(identity) {
            Ok(current) => current,
            Err(error) => {
                list.push("identity_bounce", identity, Err(Problem::Aws(error.clone())));
                list.push("identity_complaint", identity, Err(Problem::Aws(error)));
                list.skip(&["feedback_forwarding"]);
                return;
            }
        };
        let mut covered = true;
        for (id, kind, topic) in [
            ("identity_bounce", NotificationType::Bounce, &current.bounce_topic),
            (
                "identity_complaint",
                NotificationType::Complaint,
                &current.complaint_topic,
            ),
        ] {
            let result = if topic.as_deref() == Some(topic_arn) {
                Ok(Outcome::AlreadySo)
            } else {
                self.identity_write(|| self.ses.set_notification_topic(identity, kind, topic_arn))
                    .map(|()| Outcome::Changed)
                    .map_err(Problem::Aws)
            };
            covered &= list.push(id, identity, result);
        }
        if !covered || !intake_ready {
            list.push("feedback_forwarding", identity, Ok(Outcome::Skipped));
            list.note(if covered { "intake_not_ready" } else { "not_covered" });
            return;
        }
        let result = if current.forwarding_enabled {
            self.identity_write(|| self.ses.set_feedback_forwarding(identity, false))
                .map(|()| Outcome::Changed)
                .map_err(Problem::Aws)
        } else {
            Ok(Outcome::AlreadySo)
        };
        list.push("feedback_forwarding", identity, result);
    }

    /// 5'. An SNS event destination of the configuration set for bounces
    /// and complaints: enabled ones already covering both (one, or one
    /// each) are kept; else the setup's own is updated, or created.
    fn configuration_set(&self, set: &str, topic_arn: &str) -> Result<Outcome, Problem> {
        let destinations = self.ses.event_destinations(set).map_err(Problem::Aws)?;
        if event_types_missing(&destinations, topic_arn).is_empty() {
            return Ok(Outcome::AlreadySo);
        }
        let ours = destinations.iter().any(|d| d.name == DESTINATION_NAME);
        self.ses
            .put_event_destination(set, DESTINATION_NAME, topic_arn, ours)
            .map_err(Problem::Aws)?;
        Ok(if ours { Outcome::Changed } else { Outcome::Created })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(id: &'static str, problem: Option<Problem>) -> Step {
        Step {
            id,
            outcome: if problem.is_some() {
                Outcome::Failed
            } else {
                Outcome::AlreadySo
            },
            subject: String::new(),
            problem,
            note: None,
        }
    }

    #[test]
    fn a_reports_first_problem_is_that_of_its_first_failed_step() {
        let report = SetupReport {
            steps: vec![
                step("topic", None),
                step("queue_encryption", Some(Problem::Found("queue_kms_aws_managed"))),
                step("subscription", Some(Problem::Aws(AwsError::QueueNotFound))),
            ],
            ..SetupReport::default()
        };
        assert_eq!(report.first_problem().map(Problem::code), Some("queue_kms_aws_managed"));
        assert_eq!(SetupReport::default().first_problem(), None);
    }
    use crate::aws_credentials::Credentials;
    use crate::https_client::{HttpAnswer, HttpRequest, HttpSender, SendError};
    use crate::ses_api::tests::DOCUMENTED_IDENTITY_NOTIFICATIONS;
    use std::sync::Mutex;
    use std::time::{Duration, SystemTime};

    const TOPIC: &str = "arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic";
    const QUEUE_ARN: &str = "arn:aws:sqs:us-east-1:123456789012:ExampleQueue";

    /// AWS answering each action with a canned body (by the query
    /// protocol's Action or the JSON protocol's X-Amz-Target); every
    /// request is kept.
    struct FakeAws {
        answers: Vec<(&'static str, u16, String)>,
        seen: Mutex<Vec<String>>,
        /// When each request came.
        at: Mutex<Vec<Instant>>,
    }

    impl HttpSender for FakeAws {
        fn send(&self, r: &HttpRequest, _: Duration, _: usize) -> Result<HttpAnswer, SendError> {
            let body = String::from_utf8_lossy(&r.body);
            let action = r
                .headers
                .iter()
                .find(|(n, _)| n == "x-amz-target")
                .map(|(_, v)| v.rsplit('.').next().unwrap_or("").to_owned())
                .or_else(|| {
                    body.strip_prefix("Action=")
                        .map(|a| a.split('&').next().unwrap_or("").to_owned())
                })
                .unwrap_or_default();
            self.seen.lock().unwrap().push(action.clone());
            self.at.lock().unwrap().push(Instant::now());
            let (status, body) = self
                .answers
                .iter()
                .find(|(a, _, _)| *a == action)
                .map(|(_, s, b)| (*s, b.clone()))
                .unwrap_or((
                    400,
                    format!("<ErrorResponse><Error><Code>Unexpected{action}</Code></Error></ErrorResponse>"),
                ));
            Ok(HttpAnswer {
                status,
                body: body.into_bytes(),
            })
        }
    }

    fn xml(action: &str, result: &str) -> String {
        format!("<{action}Response xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\"><{action}Result>{result}</{action}Result></{action}Response>")
    }

    fn run(aws: &FakeAws, request: &SetupRequest) -> SetupReport {
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let client = AwsClient {
            http: aws,
            credentials: &credentials,
            time: SystemTime::now(),
        };
        let region = request.region.as_str();
        Setup::new(&client, region)
            .with_identity_write_gap(Duration::ZERO)
            .run(request)
    }

    fn request() -> SetupRequest {
        SetupRequest {
            region: "us-east-1".into(),
            topic: "ExampleTopic".into(),
            intake: Intake::Queue {
                name: "ExampleQueue".into(),
            },
            identity: Some("example.com".into()),
            configuration_set: Some("marketing".into()),
        }
    }

    /// An account set up as the documented answers show it, forwarding off.
    fn set_up_account() -> FakeAws {
        let policy = sqs_admin::policy_with_topic(None, QUEUE_ARN, TOPIC);
        let queue_attributes = serde_json::json!({"Attributes": {
            "QueueArn": QUEUE_ARN, "MessageRetentionPeriod": "1209600", "Policy": policy,
            "ApproximateNumberOfMessages": "0"}});
        FakeAws {
            answers: vec![
                ("ListTopics", 200, xml("ListTopics", &format!("<Topics><member><TopicArn>{TOPIC}</TopicArn></member></Topics>"))),
                ("GetTopicAttributes", 200, xml("GetTopicAttributes", "<Attributes><entry><key>SignatureVersion</key><value>2</value></entry></Attributes>")),
                ("GetQueueUrl", 200, r#"{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/ExampleQueue"}"#.into()),
                ("GetQueueAttributes", 200, queue_attributes.to_string()),
                ("ListSubscriptionsByTopic", 200, xml("ListSubscriptionsByTopic", &format!(
                    "<Subscriptions><member><TopicArn>{TOPIC}</TopicArn><Protocol>sqs</Protocol><SubscriptionArn>{TOPIC}:1b2c</SubscriptionArn><Endpoint>{QUEUE_ARN}</Endpoint></member></Subscriptions>"))),
                ("GetSubscriptionAttributes", 200, xml("GetSubscriptionAttributes", "<Attributes><entry><key>RawMessageDelivery</key><value>false</value></entry></Attributes>")),
                ("GetIdentityNotificationAttributes", 200, DOCUMENTED_IDENTITY_NOTIFICATIONS.replace("<ForwardingEnabled>true", "<ForwardingEnabled>false")),
                ("DescribeConfigurationSet", 200, xml("DescribeConfigurationSet", &format!(
                    "<EventDestinations><member><Name>mine</Name><Enabled>true</Enabled><MatchingEventTypes><member>bounce</member><member>complaint</member><member>delivery</member></MatchingEventTypes><SNSDestination><TopicARN>{TOPIC}</TopicARN></SNSDestination></member></EventDestinations>"))),
            ],
            seen: Mutex::new(Vec::new()),
            at: Mutex::new(Vec::new()),
        }
    }

    #[test]
    fn a_run_on_an_account_already_set_up_changes_nothing_and_says_so() {
        let aws = set_up_account();
        let report = run(&aws, &request());
        let outcomes: Vec<(&str, &str)> = report.steps.iter().map(|s| (s.id, s.outcome.as_str())).collect();
        assert_eq!(
            outcomes,
            [
                ("topic", "already"),
                ("topic_signature_version", "already"),
                ("queue", "already"),
                ("queue_retention", "already"),
                ("queue_policy", "already"),
                ("queue_encryption", "already"),
                ("subscription", "already"),
                ("subscription_raw_delivery", "already"),
                ("identity_bounce", "already"),
                ("identity_complaint", "already"),
                ("feedback_forwarding", "already"),
                ("configuration_set", "already"),
            ]
        );
        let writes: Vec<String> = aws
            .seen
            .lock()
            .unwrap()
            .iter()
            .filter(|a| {
                ["Set", "Create", "Subscribe", "Update"]
                    .iter()
                    .any(|w| a.starts_with(w))
            })
            .cloned()
            .collect();
        assert!(writes.is_empty(), "wrote {writes:?}");
        assert_eq!(
            report.queue_url.as_deref(),
            Some("https://sqs.us-east-1.amazonaws.com/123456789012/ExampleQueue")
        );
    }

    #[test]
    fn forwarding_is_turned_off_only_once_bounces_and_complaints_have_a_topic() {
        // The documented identity: both topics set, forwarding on.
        let aws = with_forwarding_on(set_up_account());
        let report = run(&aws, &request());
        let forwarding = report.steps.iter().find(|s| s.id == "feedback_forwarding").unwrap();
        assert_eq!(forwarding.outcome, Outcome::Changed);

        // An identity with no complaint topic, where setting one is denied.
        let mut aws = set_up_account();
        aws.answers
            .retain(|(a, _, _)| *a != "GetIdentityNotificationAttributes");
        let no_complaint =
            DOCUMENTED_IDENTITY_NOTIFICATIONS.replace(&format!("<ComplaintTopic>{TOPIC}</ComplaintTopic>"), "");
        aws.answers
            .push(("GetIdentityNotificationAttributes", 200, no_complaint));
        aws.answers.push(("SetIdentityNotificationTopic", 403, "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/site is not authorized to perform: ses:SetIdentityNotificationTopic</Message></Error></ErrorResponse>".into()));
        let report = run(&aws, &request());
        let step = |id: &str| report.steps.iter().find(|s| s.id == id).unwrap().clone();
        assert_eq!(step("identity_complaint").outcome, Outcome::Failed);
        assert_eq!(step("feedback_forwarding").outcome, Outcome::Skipped);
        assert_eq!(step("feedback_forwarding").note, Some("not_covered"));
        assert!(!forwarding_turned_off(&aws));
    }

    /// The documented identity (both topics set, forwarding on), with
    /// SetIdentityFeedbackForwardingEnabled answered.
    fn with_forwarding_on(mut aws: FakeAws) -> FakeAws {
        aws.answers
            .retain(|(a, _, _)| *a != "GetIdentityNotificationAttributes");
        aws.answers.push((
            "GetIdentityNotificationAttributes",
            200,
            DOCUMENTED_IDENTITY_NOTIFICATIONS.into(),
        ));
        aws.answers.push((
            "SetIdentityFeedbackForwardingEnabled",
            200,
            "<SetIdentityFeedbackForwardingEnabledResponse/>".into(),
        ));
        aws
    }

    fn forwarding_turned_off(aws: &FakeAws) -> bool {
        aws.seen
            .lock()
            .unwrap()
            .iter()
            .any(|a| a == "SetIdentityFeedbackForwardingEnabled")
    }

    #[test]
    fn forwarding_stays_on_while_the_sites_subscription_failed() {
        // SES would publish to a topic that delivers to nothing of the site.
        let mut aws = set_up_account();
        aws.answers.retain(|(a, _, _)| *a != "ListSubscriptionsByTopic");
        aws.answers.push((
            "ListSubscriptionsByTopic",
            200,
            xml("ListSubscriptionsByTopic", "<Subscriptions/>"),
        ));
        aws.answers.push(("Subscribe", 403, "<ErrorResponse><Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>denied</Message></Error></ErrorResponse>".into()));
        let aws = with_forwarding_on(aws);
        let report = run(&aws, &request());
        let step = |id: &str| report.steps.iter().find(|s| s.id == id).unwrap().clone();
        assert_eq!(step("subscription").outcome, Outcome::Failed);
        assert_eq!(
            (step("feedback_forwarding").outcome, step("feedback_forwarding").note),
            (Outcome::Skipped, Some("intake_not_ready"))
        );
        assert!(!forwarding_turned_off(&aws));
    }

    #[test]
    fn forwarding_stays_on_while_the_webhook_subscription_waits_for_its_confirmation() {
        let url = "https://site.example/?quillcrm_webhook=bounce&provider=amazonses&key=k";
        let mut aws = set_up_account();
        aws.answers.retain(|(a, _, _)| *a != "ListSubscriptionsByTopic");
        aws.answers.push(("ListSubscriptionsByTopic", 200, xml("ListSubscriptionsByTopic", &format!(
            "<Subscriptions><member><TopicArn>{TOPIC}</TopicArn><Protocol>https</Protocol><SubscriptionArn>PendingConfirmation</SubscriptionArn><Endpoint>{}</Endpoint></member></Subscriptions>",
            url.replace('&', "&amp;")))));
        let aws = with_forwarding_on(aws);
        let request = SetupRequest {
            intake: Intake::Webhook {
                url: url.into(),
                delivery_policy: "{}".into(),
            },
            configuration_set: None,
            ..request()
        };
        let report = run(&aws, &request);
        let notes: Vec<(&str, &str, Option<&str>)> = report
            .steps
            .iter()
            .skip_while(|s| s.id != "subscription")
            .map(|s| (s.id, s.outcome.as_str(), s.note))
            .collect();
        assert_eq!(
            notes,
            [
                ("subscription", "already", Some("pending")),
                ("subscription_raw_delivery", "skipped", Some("after_confirmation")),
                ("subscription_delivery_policy", "skipped", Some("after_confirmation")),
                ("identity_bounce", "already", None),
                ("identity_complaint", "already", None),
                ("feedback_forwarding", "skipped", Some("intake_not_ready")),
            ]
        );
        assert!(!forwarding_turned_off(&aws));
    }

    #[test]
    fn a_queue_policy_that_denies_the_topic_is_reported_and_left_as_it_is() {
        // An explicit deny wins over any allow: adding ours would change nothing.
        let mut aws = set_up_account();
        aws.answers.retain(|(a, _, _)| *a != "GetQueueAttributes");
        let ours: serde_json::Value =
            serde_json::from_str(&sqs_admin::policy_with_topic(None, QUEUE_ARN, TOPIC)).unwrap();
        let policy = serde_json::json!({"Version": "2012-10-17", "Statement": [
            {"Sid": "NoSns", "Effect": "Deny", "Principal": "*", "Action": "sqs:SendMessage", "Resource": QUEUE_ARN},
            ours["Statement"][0]]})
        .to_string();
        aws.answers.push((
            "GetQueueAttributes",
            200,
            serde_json::json!({"Attributes": {
            "QueueArn": QUEUE_ARN, "MessageRetentionPeriod": "1209600", "Policy": policy}})
            .to_string(),
        ));
        let report = run(&aws, &request());
        let step = report.steps.iter().find(|s| s.id == "queue_policy").unwrap();
        assert_eq!(
            (step.outcome, step.problem.clone()),
            (Outcome::Failed, Some(Problem::Found("queue_policy_denies")))
        );
        assert!(!aws.seen.lock().unwrap().iter().any(|a| a == "SetQueueAttributes"));
    }

    #[test]
    fn bounces_and_complaints_in_two_destinations_to_the_topic_need_no_third() {
        let mut aws = set_up_account();
        aws.answers.retain(|(a, _, _)| *a != "DescribeConfigurationSet");
        let destination = |name: &str, kind: &str| {
            format!(
            "<member><Name>{name}</Name><Enabled>true</Enabled><MatchingEventTypes><member>{kind}</member></MatchingEventTypes><SNSDestination><TopicARN>{TOPIC}</TopicARN></SNSDestination></member>")
        };
        aws.answers.push((
            "DescribeConfigurationSet",
            200,
            xml(
                "DescribeConfigurationSet",
                &format!(
                    "<EventDestinations>{}{}</EventDestinations>",
                    destination("b", "bounce"),
                    destination("c", "complaint")
                ),
            ),
        ));
        let report = run(&aws, &request());
        let step = report.steps.iter().find(|s| s.id == "configuration_set").unwrap();
        assert_eq!(step.outcome, Outcome::AlreadySo);
    }

    #[test]
    fn the_identitys_writes_are_spaced_by_the_gap_ses_allows() {
        // Both topics and forwarding to set: three writes SES takes once a second each.
        let mut aws = set_up_account();
        aws.answers
            .retain(|(a, _, _)| *a != "GetIdentityNotificationAttributes");
        let nothing_set = DOCUMENTED_IDENTITY_NOTIFICATIONS
            .replace(&format!("<BounceTopic>{TOPIC}</BounceTopic>"), "")
            .replace(&format!("<ComplaintTopic>{TOPIC}</ComplaintTopic>"), "");
        aws.answers
            .push(("GetIdentityNotificationAttributes", 200, nothing_set));
        aws.answers.push((
            "SetIdentityNotificationTopic",
            200,
            "<SetIdentityNotificationTopicResponse/>".into(),
        ));
        aws.answers.push((
            "SetIdentityFeedbackForwardingEnabled",
            200,
            "<SetIdentityFeedbackForwardingEnabledResponse/>".into(),
        ));
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let client = AwsClient {
            http: &aws,
            credentials: &credentials,
            time: SystemTime::now(),
        };
        let gap = Duration::from_millis(150);
        Setup::new(&client, "us-east-1")
            .with_identity_write_gap(gap)
            .run(&request());
        let seen = aws.seen.lock().unwrap().clone();
        let at = aws.at.lock().unwrap().clone();
        let writes: Vec<Instant> = seen
            .iter()
            .zip(at)
            .filter(|(action, _)| action.starts_with("SetIdentity"))
            .map(|(_, time)| time)
            .collect();
        assert_eq!(writes.len(), 3, "{seen:?}");
        assert!(writes.windows(2).all(|w| w[1] - w[0] >= gap), "{writes:?}");
    }

    #[test]
    fn a_denied_call_names_its_iam_action_and_the_steps_after_it_are_skipped() {
        // AWS's message names no action here: the step's own call is named.
        let aws = FakeAws {
            answers: vec![(
                "ListTopics",
                403,
                "<ErrorResponse><Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>Access denied</Message></Error></ErrorResponse>".into(),
            )],
            seen: Mutex::new(Vec::new()),
            at: Mutex::new(Vec::new()),
        };
        let report = run(&aws, &request());
        assert_eq!(report.steps[0].outcome, Outcome::Failed);
        let Some(Problem::Aws(error)) = &report.steps[0].problem else {
            panic!("{:?}", report.steps[0]);
        };
        assert_eq!(
            (error.code(), error.denied_action()),
            ("aws_access_denied", Some("sns:ListTopics"))
        );
        assert!(report.steps[1..].iter().all(|s| s.outcome == Outcome::Skipped));
        assert_eq!(report.topic_arn, None);
    }

    #[test]
    fn a_queue_encrypted_with_the_aws_managed_key_is_reported_not_changed() {
        let mut aws = set_up_account();
        aws.answers.retain(|(a, _, _)| *a != "GetQueueAttributes");
        let policy = sqs_admin::policy_with_topic(None, QUEUE_ARN, TOPIC);
        aws.answers.push((
            "GetQueueAttributes",
            200,
            serde_json::json!({"Attributes": {
            "QueueArn": QUEUE_ARN, "MessageRetentionPeriod": "1209600", "Policy": policy,
            "KmsMasterKeyId": "alias/aws/sqs"}})
            .to_string(),
        ));
        let report = run(&aws, &request());
        let step = report.steps.iter().find(|s| s.id == "queue_encryption").unwrap();
        assert_eq!(step.problem, Some(Problem::Found("queue_kms_aws_managed")));
    }

    #[test]
    fn a_failed_subscribe_of_the_webhook_returns_nothing_of_its_secret_key() {
        let mut aws = set_up_account();
        aws.answers.push((
            "Subscribe",
            400,
            "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: Endpoint</Message></Error></ErrorResponse>".into(),
        ));
        let request = SetupRequest {
            region: "us-east-1".into(),
            topic: "ExampleTopic".into(),
            intake: Intake::Webhook {
                url: "https://site.example/?quillcrm_webhook=bounce&provider=amazonses&key=SECRET123".into(),
                delivery_policy: "{}".into(),
            },
            identity: None,
            configuration_set: None,
        };
        let report = run(&aws, &request);
        let subscription = report.steps.iter().find(|s| s.id == "subscription").unwrap();
        assert_eq!(subscription.outcome, Outcome::Failed);
        let whole = format!("{report:?}");
        assert!(!whole.contains("SECRET123"), "{whole}");
    }

    #[test]
    fn a_shown_url_keeps_host_path_and_parameter_names_but_no_values() {
        assert_eq!(
            shown_url("https://site.example/wp/?quillcrm_webhook=bounce&provider=amazonses&key=SECRET123"),
            "https://site.example/wp/?quillcrm_webhook=…&provider=…&key=…"
        );
        assert_eq!(shown_url("http://site.example/hook"), "http://site.example/hook");
    }

    #[test]
    fn a_shown_url_hides_user_information_a_bare_query_and_a_fragment() {
        assert_eq!(
            shown_url("https://admin:pw@site.example/?SECRET#frag"),
            "https://…@site.example/?…#…"
        );
    }

    #[test]
    fn options_are_checked_before_any_call() {
        let options = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
        };
        let good = [
            ("region", "eu-central-1"),
            ("topic", "ses-feedback"),
            ("intake", "sqs"),
            ("queue_name", "q"),
        ];
        assert!(SetupRequest::from_options(&options(&good)).is_ok());
        let arn = SetupRequest::from_options(&options(&[
            ("topic", "arn:aws:sns:us-west-2:123456789012:t"),
            ("intake", "webhook"),
            ("webhook_url", "https://example.com/?quillcrm_webhook=bounce"),
            ("delivery_policy", "{\"throttlePolicy\":{\"maxReceivesPerSecond\":10}}"),
        ]))
        .unwrap();
        assert_eq!(arn.region, "us-west-2", "the ARN's region");
        for (key, bad, code) in [
            ("topic", "has space", "invalid_topic"),
            ("region", "mars-1", "invalid_region"),
            ("queue_name", "q.fifo", "invalid_queue_name"),
            ("intake", "ftp", "invalid_intake"),
            ("identity", "<script>", "invalid_identity"),
            ("configuration_set", "a b", "invalid_configuration_set"),
        ] {
            let mut o = options(&good);
            o.insert(key.into(), bad.into());
            assert_eq!(SetupRequest::from_options(&o).unwrap_err(), code, "{key}={bad}");
        }
    }

    #[test]
    fn delivery_policies_compare_as_json() {
        let ours = r#"{"healthyRetryPolicy":{"minDelayTarget":20,"numRetries":12},"throttlePolicy":{"maxReceivesPerSecond":10}}"#;
        let as_aws_returns = r#"{"throttlePolicy":{"maxReceivesPerSecond":10},"healthyRetryPolicy":{"numRetries":12,"minDelayTarget":20},"sicklyRetryPolicy":null}"#;
        assert!(delivery_policy_matches(Some(as_aws_returns), ours));
        assert!(!delivery_policy_matches(
            Some(r#"{"healthyRetryPolicy":{"numRetries":10}}"#),
            ours
        ));
        assert!(!delivery_policy_matches(None, ours));
    }
}
