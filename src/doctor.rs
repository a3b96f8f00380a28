//! The doctor: read-only checks of the AWS side, each a list of findings
//! with a stable code and a status (good / recommended / critical), and
//! the facts they rest on. The sentences and fixes are the plugin's.
//!
//! Findings are computed by the pure `*_findings` functions from the typed
//! answers of the calls (tests/aws_setup_and_doctor.rs feeds them AWS's
//! documented answers).

use std::collections::BTreeMap;

use crate::aws_client::AwsClient;
use crate::aws_error::AwsError;
use crate::ses_api::{EventDestination, IdentityNotifications, SendStatistics, Ses};
use crate::setup::{self, delivery_policy_matches, event_types_missing, find_subscription};
use crate::sns_api::{Sns, SubscriptionSummary};
use crate::sqs::QueueUrl;
use crate::sqs::MAX_RETENTION;
use crate::sqs_admin::{self, SqsAdmin};
use crate::topic_arn::TopicArn;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Good,
    Recommended,
    Critical,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Good => "good",
            Status::Recommended => "recommended",
            Status::Critical => "critical",
        }
    }
}

/// One finding: a stable code, its status, the facts it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub status: Status,
    pub facts: BTreeMap<&'static str, String>,
}

fn finding(code: &'static str, status: Status) -> Finding {
    Finding {
        code,
        status,
        facts: BTreeMap::new(),
    }
}

impl Finding {
    fn with(mut self, fact: &'static str, value: impl Into<String>) -> Finding {
        self.facts.insert(fact, value.into());
        self
    }
}

/// The checks, one Site Health test each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Subscription,
    Queue,
    Identity,
    ConfigurationSet,
    SendStatistics,
}

impl Check {
    pub fn parse(name: &[u8]) -> Option<Check> {
        Some(match name {
            b"subscription" => Check::Subscription,
            b"queue" => Check::Queue,
            b"identity" => Check::Identity,
            b"configuration_set" => Check::ConfigurationSet,
            b"send_statistics" => Check::SendStatistics,
            _ => return None,
        })
    }
}

/// Where the site takes its notifications from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intake {
    Queue(QueueUrl),
    Webhook { url: String, delivery_policy: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorRequest {
    pub topic_arn: String,
    pub region: String,
    pub intake: Intake,
    pub identity: Option<String>,
    pub configuration_set: Option<String>,
}

impl DoctorRequest {
    /// From the string options `topic` (an ARN), `intake` (sqs|webhook),
    /// `queue_url`, `webhook_url`, `delivery_policy`, `identity`,
    /// `configuration_set`; the error is a stable code.
    pub fn from_options(options: &BTreeMap<String, String>) -> Result<DoctorRequest, &'static str> {
        let get = |key: &str| options.get(key).map(|v| v.trim()).filter(|v| !v.is_empty());
        let topic_arn = get("topic").ok_or("invalid_topic")?;
        let region = TopicArn::parse(topic_arn).ok_or("invalid_topic")?.region.to_owned();
        let intake = match get("intake") {
            Some("sqs") => {
                Intake::Queue(QueueUrl::parse(get("queue_url").unwrap_or("")).map_err(|_| "invalid_queue_url")?)
            }
            Some("webhook") => Intake::Webhook {
                url: setup::checked(get("webhook_url"), setup::is_webhook_url, "invalid_webhook_url")?
                    .ok_or("invalid_webhook_url")?,
                delivery_policy: setup::checked(
                    get("delivery_policy"),
                    setup::is_json_object,
                    "invalid_delivery_policy",
                )?
                .ok_or("invalid_delivery_policy")?,
            },
            _ => return Err("invalid_intake"),
        };
        Ok(DoctorRequest {
            topic_arn: topic_arn.to_owned(),
            region,
            intake,
            identity: setup::checked(get("identity"), setup::is_identity, "invalid_identity")?,
            configuration_set: setup::checked(
                get("configuration_set"),
                setup::is_configuration_set,
                "invalid_configuration_set",
            )?,
        })
    }
}

/// What a check found, and the facts shown beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DoctorReport {
    pub findings: Vec<Finding>,
    pub facts: BTreeMap<&'static str, String>,
}

/// The subscription of the site's queue or webhook URL on the topic.
pub fn subscription_findings(
    found: Option<&SubscriptionSummary>,
    attributes: &BTreeMap<String, String>,
    recommended_delivery_policy: Option<&str>,
) -> Vec<Finding> {
    let Some(found) = found else {
        return vec![finding("subscription_missing", Status::Critical)];
    };
    let attribute = |name: &str| attributes.get(name).map(String::as_str);
    let mut out = Vec::new();
    if found.is_pending() || attribute("PendingConfirmation") == Some("true") {
        out.push(finding("subscription_pending", Status::Critical).with("protocol", found.protocol.clone()));
    }
    if attribute("RawMessageDelivery") == Some("true") {
        out.push(finding("subscription_raw_delivery", Status::Critical));
    }
    if let Some(recommended) = recommended_delivery_policy {
        if !found.is_pending() && !delivery_policy_matches(attribute("DeliveryPolicy"), recommended) {
            out.push(finding("subscription_delivery_policy", Status::Recommended));
        }
    }
    if !found.is_pending() && attribute("RedrivePolicy").is_none_or(|p| p.trim().is_empty()) {
        out.push(finding("subscription_no_dead_letter_queue", Status::Recommended));
    }
    if out.is_empty() {
        out.push(finding("subscription_ok", Status::Good).with("subscription_arn", found.subscription_arn.clone()));
    }
    out
}

/// How many of the topic's other web and queue subscriptions a finding names.
const SHOWN_OTHER_ENDPOINTS: usize = 5;

/// The topic's web and queue subscriptions other than the site's own:
/// SNS gives each subscription every notification, so one of another site
/// applies this site's bounces, complaints and deliveries there, and the
/// reverse (an email subscription is not counted; web addresses are shown
/// with their query values masked, as another site's key is in its URL).
pub fn shared_topic_finding(all: &[SubscriptionSummary], endpoint: &str) -> Option<Finding> {
    let others: Vec<String> = all
        .iter()
        .filter(|s| s.endpoint != endpoint && ["sqs", "http", "https"].contains(&s.protocol.as_str()))
        .map(|s| setup::shown_url(&s.endpoint))
        .collect();
    if others.is_empty() {
        return None;
    }
    let shown: Vec<&str> = others.iter().take(SHOWN_OTHER_ENDPOINTS).map(String::as_str).collect();
    Some(
        finding("subscription_topic_shared", Status::Recommended)
            .with("others", others.len().to_string())
            .with("endpoints", shown.join(", ")),
    )
}

/// The queue: its retention, its key, its policy for the topic.
pub fn queue_findings(attributes: &BTreeMap<String, String>, topic_arn: &str) -> Vec<Finding> {
    let attribute = |name: &str| attributes.get(name).map(String::as_str);
    let mut out = Vec::new();
    let retention = attribute("MessageRetentionPeriod").and_then(|r| r.parse::<u32>().ok());
    // A retention AWS did not report is not taken for the full 14 days.
    match retention {
        Some(r) if r >= MAX_RETENTION => {}
        Some(r) => {
            out.push(finding("queue_retention_short", Status::Recommended).with("retention_seconds", r.to_string()))
        }
        None => out.push(finding("queue_retention_short", Status::Recommended)),
    }
    if attribute("KmsMasterKeyId").is_some_and(sqs_admin::is_aws_managed_sqs_key) {
        out.push(finding("queue_kms_aws_managed", Status::Critical));
    }
    let queue_arn = attribute("QueueArn").unwrap_or("");
    if !sqs_admin::policy_allows_topic(attribute("Policy"), queue_arn, topic_arn) {
        out.push(finding("queue_policy_missing", Status::Critical));
    }
    if out.is_empty() {
        out.push(finding("queue_ok", Status::Good));
    }
    out
}

/// The identity's Bounce and Complaint topics, and email forwarding.
pub fn identity_findings(current: &IdentityNotifications, topic_arn: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (kind, topic) in [
        ("bounce", &current.bounce_topic),
        ("complaint", &current.complaint_topic),
    ] {
        match topic.as_deref() {
            None => out.push(finding("identity_topic_missing", Status::Critical).with("kind", kind)),
            Some(other) if other != topic_arn => out.push(
                finding("identity_topic_elsewhere", Status::Recommended)
                    .with("kind", kind)
                    .with("topic_arn", other),
            ),
            Some(_) => {}
        }
    }
    let covered = current.bounce_topic.is_some() && current.complaint_topic.is_some();
    if covered && current.forwarding_enabled {
        out.push(finding("identity_feedback_forwarding", Status::Recommended));
    }
    if out.is_empty() {
        out.push(finding("identity_ok", Status::Good));
    }
    out
}

/// The configuration set's event destinations.
pub fn configuration_set_findings(destinations: &[EventDestination], topic_arn: &str) -> Vec<Finding> {
    let missing = event_types_missing(destinations, topic_arn);
    if missing.is_empty() {
        return vec![finding("configuration_set_ok", Status::Good)];
    }
    let to_topic: Vec<&EventDestination> = destinations
        .iter()
        .filter(|d| d.sns_topic.as_deref() == Some(topic_arn))
        .collect();
    if to_topic.is_empty() {
        return vec![finding("configuration_set_no_destination", Status::Critical)];
    }
    if to_topic.iter().all(|d| !d.enabled) {
        return vec![finding("configuration_set_destination_disabled", Status::Critical)];
    }
    vec![finding("configuration_set_missing_events", Status::Recommended).with("missing", missing.join(","))]
}

/// AWS's own counts; how they compare with AWS's review levels is the
/// plugin's to say (it owns those levels).
pub fn send_statistics_facts(stats: &SendStatistics) -> BTreeMap<&'static str, String> {
    let mut facts = BTreeMap::from([
        ("data_points", stats.data_points.to_string()),
        ("delivery_attempts", stats.delivery_attempts.to_string()),
        ("bounces", stats.bounces.to_string()),
        ("complaints", stats.complaints.to_string()),
        ("rejects", stats.rejects.to_string()),
    ]);
    if let Some(first) = &stats.first {
        facts.insert("first", first.clone());
    }
    if let Some(last) = &stats.last {
        facts.insert("last", last.clone());
    }
    facts
}

/// The calls of the checks.
pub struct Doctor<'c> {
    pub sns: Sns<'c>,
    pub ses: Ses<'c>,
    pub sqs: SqsAdmin<'c>,
}

impl<'c> Doctor<'c> {
    /// SNS, SES and SQS in `region`, through `client`.
    pub fn new(client: &'c AwsClient<'c>, region: &'c str) -> Self {
        Doctor {
            sns: Sns { client, region },
            ses: Ses { client, region },
            sqs: SqsAdmin { client, region },
        }
    }
}

impl Doctor<'_> {
    pub fn run(&self, check: Check, request: &DoctorRequest) -> Result<DoctorReport, AwsError> {
        let mut report = DoctorReport::default();
        match check {
            Check::Subscription => {
                let (endpoint, policy) = match &request.intake {
                    Intake::Queue(queue) => {
                        let attributes = self.sqs.attributes(queue)?;
                        (attributes.get("QueueArn").cloned().unwrap_or_default(), None)
                    }
                    Intake::Webhook { url, delivery_policy } => (url.clone(), Some(delivery_policy.as_str())),
                };
                let all = self.sns.subscriptions(&request.topic_arn)?;
                let found = find_subscription(&all, &endpoint);
                let attributes = match found.filter(|f| !f.is_pending()) {
                    Some(found) => self.sns.subscription_attributes(&found.subscription_arn)?,
                    None => BTreeMap::new(),
                };
                if let Some(redrive) = attributes.get("RedrivePolicy") {
                    report.facts.insert("redrive_policy", redrive.clone());
                }
                report.findings = subscription_findings(found, &attributes, policy);
                report.findings.extend(shared_topic_finding(&all, &endpoint));
            }
            Check::Queue => match &request.intake {
                Intake::Queue(queue) => {
                    let attributes = self.sqs.attributes(queue)?;
                    for (fact, name) in [
                        ("depth", "ApproximateNumberOfMessages"),
                        ("in_flight", "ApproximateNumberOfMessagesNotVisible"),
                        ("delayed", "ApproximateNumberOfMessagesDelayed"),
                        ("retention_seconds", "MessageRetentionPeriod"),
                    ] {
                        if let Some(value) = attributes.get(name) {
                            report.facts.insert(fact, value.clone());
                        }
                    }
                    report.findings = queue_findings(&attributes, &request.topic_arn);
                }
                Intake::Webhook { .. } => report.findings = vec![finding("queue_not_used", Status::Good)],
            },
            Check::Identity => match &request.identity {
                Some(identity) => {
                    let current = self.ses.identity_notifications(identity)?;
                    report.facts.insert("identity", identity.clone());
                    report.findings = identity_findings(&current, &request.topic_arn);
                }
                None => report.findings = vec![finding("identity_not_configured", Status::Recommended)],
            },
            Check::ConfigurationSet => match &request.configuration_set {
                Some(set) => {
                    let destinations = self.ses.event_destinations(set)?;
                    report.facts.insert("configuration_set", set.clone());
                    report.findings = configuration_set_findings(&destinations, &request.topic_arn);
                }
                None => report.findings = vec![finding("configuration_set_not_used", Status::Good)],
            },
            Check::SendStatistics => {
                let stats = self.ses.send_statistics()?;
                report.facts = send_statistics_facts(&stats);
                report.findings = vec![finding("send_statistics", Status::Good)];
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws_credentials::Credentials;
    use crate::aws_xml;
    use crate::https_client::{HttpAnswer, HttpRequest, HttpSender, SendError};
    use crate::ses_api::tests::{DOCUMENTED_IDENTITY_NOTIFICATIONS, DOCUMENTED_SEND_STATISTICS};
    use crate::ses_api::{parse_identity_notifications, parse_send_statistics};
    use crate::sns_api::tests::{DOCUMENTED_SUBSCRIPTIONS_BY_TOPIC, DOCUMENTED_SUBSCRIPTION_ATTRIBUTES};
    use crate::sns_api::{attributes, parse_subscription_list};
    use std::sync::Mutex;
    use std::time::{Duration, SystemTime};

    fn codes(findings: &[Finding]) -> Vec<(&'static str, &'static str)> {
        findings.iter().map(|f| (f.code, f.status.as_str())).collect()
    }

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn another_web_or_queue_subscription_on_the_topic_is_a_shared_topic() {
        let result =
            aws_xml::result_of(DOCUMENTED_SUBSCRIPTIONS_BY_TOPIC.as_bytes(), "ListSubscriptionsByTopic").unwrap();
        let mut list = parse_subscription_list(&result);
        // The documented listing: an email subscription and this site's URL.
        assert_eq!(
            shared_topic_finding(&list, "https://example.com/?quillcrm_webhook=bounce"),
            None
        );
        list.push(SubscriptionSummary {
            subscription_arn: "arn:aws:sns:us-east-1:123456789012:My-Topic:1".into(),
            protocol: "https".into(),
            endpoint: "https://other.example/?quillcrm_webhook=bounce&key=other-sites-secret".into(),
        });
        let shared = shared_topic_finding(&list, "https://example.com/?quillcrm_webhook=bounce").unwrap();
        assert_eq!(
            codes(std::slice::from_ref(&shared)),
            [("subscription_topic_shared", "recommended")]
        );
        assert_eq!(shared.facts["others"], "1");
        assert!(
            !shared.facts["endpoints"].contains("other-sites-secret"),
            "{:?}",
            shared.facts
        );
        assert!(
            shared.facts["endpoints"].starts_with("https://other.example/"),
            "{:?}",
            shared.facts
        );
    }

    #[test]
    fn a_pending_https_subscription_as_aws_lists_it_is_critical() {
        // moto confirms every subscription at once: only AWS's documented
        // listing shows a pending one.
        let result =
            aws_xml::result_of(DOCUMENTED_SUBSCRIPTIONS_BY_TOPIC.as_bytes(), "ListSubscriptionsByTopic").unwrap();
        let list = parse_subscription_list(&result);
        let found = find_subscription(&list, "https://example.com/?quillcrm_webhook=bounce");
        assert_eq!(
            codes(&subscription_findings(found, &BTreeMap::new(), Some("{}"))),
            [("subscription_pending", "critical")]
        );
        assert_eq!(
            codes(&subscription_findings(None, &BTreeMap::new(), None)),
            [("subscription_missing", "critical")]
        );
    }

    #[test]
    fn the_documented_subscription_has_a_delivery_policy_but_no_dead_letter_queue() {
        let result = aws_xml::result_of(
            DOCUMENTED_SUBSCRIPTION_ATTRIBUTES.as_bytes(),
            "GetSubscriptionAttributes",
        )
        .unwrap();
        let found = SubscriptionSummary {
            subscription_arn: "arn:aws:sns:us-east-1:123456789012:My-Topic:80289ba6-0fd4-4079-afb4-ce8c8260f0ca".into(),
            protocol: "https".into(),
            endpoint: "https://example.com/".into(),
        };
        let recommended = r#"{"healthyRetryPolicy":{"numRetries":12}}"#;
        assert_eq!(
            codes(&subscription_findings(
                Some(&found),
                &attributes(&result),
                Some(recommended)
            )),
            [
                ("subscription_delivery_policy", "recommended"),
                ("subscription_no_dead_letter_queue", "recommended")
            ]
        );
        let same = r#"{"healthyRetryPolicy":{"numRetries":10}}"#;
        assert_eq!(
            codes(&subscription_findings(Some(&found), &attributes(&result), Some(same))),
            [("subscription_no_dead_letter_queue", "recommended")]
        );
    }

    #[test]
    fn raw_delivery_on_is_critical_and_a_dead_letter_queue_makes_it_good() {
        let found = SubscriptionSummary {
            subscription_arn: "arn:aws:sns:eu-central-1:123456789012:t:1".into(),
            protocol: "sqs".into(),
            endpoint: "arn:aws:sqs:eu-central-1:123456789012:q".into(),
        };
        let raw = map(&[("RawMessageDelivery", "true"), ("PendingConfirmation", "false")]);
        assert_eq!(
            codes(&subscription_findings(Some(&found), &raw, None)),
            [
                ("subscription_raw_delivery", "critical"),
                ("subscription_no_dead_letter_queue", "recommended")
            ]
        );
        let good = map(&[
            ("RawMessageDelivery", "false"),
            (
                "RedrivePolicy",
                r#"{"deadLetterTargetArn":"arn:aws:sqs:eu-central-1:123456789012:dlq"}"#,
            ),
        ]);
        assert_eq!(
            codes(&subscription_findings(Some(&found), &good, None)),
            [("subscription_ok", "good")]
        );
    }

    #[test]
    fn four_days_of_retention_and_the_aws_managed_key_are_found() {
        let topic = "arn:aws:sns:eu-central-1:123456789012:t";
        let queue_arn = "arn:aws:sqs:eu-central-1:123456789012:q";
        let policy = sqs_admin::policy_with_topic(None, queue_arn, topic);
        let four_days = map(&[
            ("MessageRetentionPeriod", "345600"),
            ("QueueArn", queue_arn),
            ("Policy", &policy),
        ]);
        let found = queue_findings(&four_days, topic);
        assert_eq!(codes(&found), [("queue_retention_short", "recommended")]);
        assert_eq!(found[0].facts["retention_seconds"], "345600");
        let kms = map(&[
            ("MessageRetentionPeriod", "1209600"),
            ("QueueArn", queue_arn),
            ("KmsMasterKeyId", "alias/aws/sqs"),
        ]);
        assert_eq!(
            codes(&queue_findings(&kms, topic)),
            [
                ("queue_kms_aws_managed", "critical"),
                ("queue_policy_missing", "critical")
            ]
        );
    }

    #[test]
    fn a_queue_whose_retention_aws_did_not_report_is_not_called_ok() {
        let topic = "arn:aws:sns:eu-central-1:123456789012:t";
        let queue_arn = "arn:aws:sqs:eu-central-1:123456789012:q";
        let policy = sqs_admin::policy_with_topic(None, queue_arn, topic);
        let no_retention = map(&[("QueueArn", queue_arn), ("Policy", &policy)]);
        let found = queue_findings(&no_retention, topic);
        assert_eq!(codes(&found), [("queue_retention_short", "recommended")]);
        assert!(!found[0].facts.contains_key("retention_seconds"));
    }

    #[test]
    fn the_documented_identity_forwards_feedback_by_email_beside_its_topics() {
        let result = aws_xml::result_of(
            DOCUMENTED_IDENTITY_NOTIFICATIONS.as_bytes(),
            "GetIdentityNotificationAttributes",
        )
        .unwrap();
        let current = parse_identity_notifications(&result, "example.com");
        assert_eq!(
            codes(&identity_findings(
                &current,
                "arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic"
            )),
            [("identity_feedback_forwarding", "recommended")]
        );
        let elsewhere = identity_findings(&current, "arn:aws:sns:us-east-1:123456789012:ours");
        assert_eq!(elsewhere[0].code, "identity_topic_elsewhere");
        assert_eq!(elsewhere[0].facts["kind"], "bounce");
        let none = parse_identity_notifications(&result, "not-listed.example");
        assert_eq!(
            codes(&identity_findings(&none, "arn:aws:sns:us-east-1:123456789012:ours")),
            [
                ("identity_topic_missing", "critical"),
                ("identity_topic_missing", "critical")
            ]
        );
    }

    #[test]
    fn configuration_set_destinations_are_judged_by_topic_state_and_events() {
        let topic = "arn:aws:sns:eu-central-1:123456789012:t";
        let destination = |enabled: bool, types: &[&str]| EventDestination {
            name: "d".into(),
            enabled,
            event_types: types.iter().map(|t| (*t).to_owned()).collect(),
            sns_topic: Some(topic.into()),
        };
        assert_eq!(
            codes(&configuration_set_findings(&[], topic)),
            [("configuration_set_no_destination", "critical")]
        );
        assert_eq!(
            codes(&configuration_set_findings(
                &[destination(false, &["bounce", "complaint"])],
                topic
            )),
            [("configuration_set_destination_disabled", "critical")]
        );
        let partial = configuration_set_findings(&[destination(true, &["bounce", "delivery"])], topic);
        assert_eq!(codes(&partial), [("configuration_set_missing_events", "recommended")]);
        assert_eq!(partial[0].facts["missing"], "complaint");
        assert_eq!(
            codes(&configuration_set_findings(
                &[destination(true, &["complaint", "bounce"])],
                topic
            )),
            [("configuration_set_ok", "good")]
        );
    }

    /// AWS answering GetQueueAttributes, keeping the URL of every request.
    struct QueueAttributesOnly {
        urls: Mutex<Vec<String>>,
    }

    impl HttpSender for QueueAttributesOnly {
        fn send(&self, request: &HttpRequest, _: Duration, _: usize) -> Result<HttpAnswer, SendError> {
            self.urls.lock().unwrap().push(request.url.clone());
            Ok(HttpAnswer {
                status: 200,
                body: br#"{"Attributes":{"QueueArn":"arn:aws:sqs:eu-west-1:123456789012:q","MessageRetentionPeriod":"1209600"}}"#.to_vec(),
            })
        }
    }

    #[test]
    fn the_queue_is_asked_in_its_own_region_not_the_topics() {
        let options = map(&[
            ("topic", "arn:aws:sns:us-east-1:123456789012:t"),
            ("intake", "sqs"),
            ("queue_url", "https://sqs.eu-west-1.amazonaws.com/123456789012/q"),
        ]);
        let request = DoctorRequest::from_options(&options).unwrap();
        let aws = QueueAttributesOnly {
            urls: Mutex::new(Vec::new()),
        };
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let client = AwsClient {
            http: &aws,
            credentials: &credentials,
            time: SystemTime::now(),
        };
        let region = request.region.as_str();
        Doctor::new(&client, region).run(Check::Queue, &request).unwrap();
        assert_eq!(*aws.urls.lock().unwrap(), ["https://sqs.eu-west-1.amazonaws.com/"]);
    }

    #[test]
    fn send_statistics_facts_are_aws_counts() {
        let result = aws_xml::result_of(DOCUMENTED_SEND_STATISTICS.as_bytes(), "GetSendStatistics").unwrap();
        let facts = send_statistics_facts(&parse_send_statistics(&result));
        assert_eq!(facts["delivery_attempts"], "15");
        assert_eq!(facts["bounces"], "0");
        assert_eq!(facts["first"], "2011-08-03T06:53:00Z");
    }

    #[test]
    fn bounces_and_complaints_in_two_destinations_to_the_topic_are_covered() {
        let topic = "arn:aws:sns:eu-central-1:123456789012:t";
        let destination = |name: &str, kind: &str| EventDestination {
            name: name.into(),
            enabled: true,
            event_types: vec![kind.to_owned()],
            sns_topic: Some(topic.into()),
        };
        let found = configuration_set_findings(&[destination("b", "bounce"), destination("c", "complaint")], topic);
        assert_eq!(codes(&found), [("configuration_set_ok", "good")], "{found:?}");
    }
}
