//! The Amazon SQS calls of the AWS-side setup (Amazon SQS API Reference,
//! AWS JSON 1.0: GetQueueUrl, CreateQueue, GetQueueAttributes,
//! SetQueueAttributes) and the queue policy that lets one SNS topic send to
//! the queue (Amazon SNS Developer Guide, "Fanout to Amazon SQS queues":
//! principal sns.amazonaws.com, sqs:SendMessage, condition aws:SourceArn).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::aws_client::{AwsClient, DEFAULT_LIMIT, DEFAULT_TIMEOUT, SQS};
use crate::aws_error::AwsError;
use crate::sqs::QueueUrl;

/// The AWS-managed KMS key of SQS: SNS cannot use it, so a queue
/// encrypted with it never receives from a topic (Amazon SNS Developer
/// Guide, "Encryption at rest": use a customer managed key).
const AWS_MANAGED_SQS_KEY: &str = "alias/aws/sqs";

/// The SQS calls: a queue is found or created by name in `region`; the
/// calls on a queue go to its URL's own region, which may differ (the
/// doctor's `region` is the topic's, and a topic may send to a queue in
/// another region).
pub struct SqsAdmin<'c> {
    pub client: &'c AwsClient<'c>,
    pub region: &'c str,
}

impl SqsAdmin<'_> {
    fn call(&self, region: &str, operation: &str, input: Value) -> Result<Value, AwsError> {
        self.client
            .json(
                SQS,
                region,
                "AmazonSQS",
                operation,
                &input,
                DEFAULT_TIMEOUT,
                DEFAULT_LIMIT,
            )
            .map_err(|e| e.naming_action(Some(format!("sqs:{operation}"))))
    }

    /// The queue called `name`, when it exists.
    pub fn find(&self, name: &str) -> Result<Option<QueueUrl>, AwsError> {
        match self.call(self.region, "GetQueueUrl", json!({ "QueueName": name })) {
            Ok(answer) => self.url_in(&answer).map(Some),
            Err(AwsError::QueueNotFound) => Ok(None),
            Err(error) => Err(error),
        }
    }

    pub fn create(&self, name: &str, attributes: &BTreeMap<String, String>) -> Result<QueueUrl, AwsError> {
        let answer = self.call(
            self.region,
            "CreateQueue",
            json!({ "QueueName": name, "Attributes": attributes }),
        )?;
        self.url_in(&answer)
    }

    pub fn attributes(&self, queue: &QueueUrl) -> Result<BTreeMap<String, String>, AwsError> {
        let answer = self.call(
            &queue.region,
            "GetQueueAttributes",
            json!({ "QueueUrl": queue.url, "AttributeNames": ["All"] }),
        )?;
        Ok(answer
            .get("Attributes")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
            .collect())
    }

    pub fn set_attribute(&self, queue: &QueueUrl, name: &str, value: &str) -> Result<(), AwsError> {
        self.call(
            &queue.region,
            "SetQueueAttributes",
            json!({ "QueueUrl": queue.url, "Attributes": { name: value } }),
        )
        .map(drop)
    }

    /// The queue URL of an answer, written as the queue URL policy wants it
    /// (`https://sqs.<region>.amazonaws.com/<account>/<name>`: SQS may
    /// answer with its legacy `<region>.queue.amazonaws.com` host).
    fn url_in(&self, answer: &Value) -> Result<QueueUrl, AwsError> {
        let url = answer
            .get("QueueUrl")
            .and_then(Value::as_str)
            .ok_or(AwsError::BadAnswer("the answer has no QueueUrl"))?;
        let mut path = url.trim_end_matches('/').rsplit('/');
        let (Some(name), Some(account)) = (path.next(), path.next()) else {
            return Err(AwsError::BadAnswer("the QueueUrl has no account and name"));
        };
        let domain = if self.region.starts_with("cn-") {
            "amazonaws.com.cn"
        } else {
            "amazonaws.com"
        };
        QueueUrl::parse(&format!("https://sqs.{}.{domain}/{account}/{name}", self.region))
            .map_err(|_| AwsError::BadAnswer("the QueueUrl is not a queue URL"))
    }
}

/// A policy value's strings: one, or those of a list.
fn strings(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A JSON policy value that is `wanted` or a list holding it.
fn names(value: Option<&Value>, wanted: &[&str]) -> bool {
    strings(value).iter().any(|s| wanted.contains(s))
}

/// Whether the IAM pattern (`*`: any run of characters, `?`: one, as in
/// `ArnLike` and `StringLike`, IAM User Guide, "Condition operators")
/// matches `value` in full.
fn like(pattern: &str, value: &str) -> bool {
    let (pattern, value) = (pattern.as_bytes(), value.as_bytes());
    let (mut p, mut v, mut star, mut resume) = (0, 0, None, 0);
    while v < value.len() {
        match pattern.get(p) {
            Some(b'*') => {
                star = Some(p);
                resume = v;
                p += 1;
            }
            Some(&c) if c == b'?' || c == value[v] => {
                p += 1;
                v += 1;
            }
            _ => match star {
                Some(s) => {
                    p = s + 1;
                    resume += 1;
                    v = resume;
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

/// Whether an ARN pattern matches `arn` as `ArnEquals`/`ArnLike` do: each
/// of the six colon-separated parts on its own, each part a [`like`]
/// pattern (IAM User Guide, "Condition operators", ARN condition operators).
fn arn_like(pattern: &str, arn: &str) -> bool {
    let (pattern, arn): (Vec<&str>, Vec<&str>) = (pattern.splitn(6, ':').collect(), arn.splitn(6, ':').collect());
    pattern.len() == arn.len() && pattern.iter().zip(&arn).all(|(p, a)| like(p, a))
}

/// Whether a statement's `Resource` pattern matches `arn`: part by part,
/// except that a `*` ending the pattern's last part also matches the parts
/// after it (IAM User Guide, "IAM JSON policy elements: Resource": a `*`
/// that ends an ARN segment can expand beyond the colons), so
/// `arn:aws:sqs:*` covers every queue.
fn resource_like(pattern: &str, arn: &str) -> bool {
    if pattern == "*" || arn_like(pattern, arn) {
        return true;
    }
    let parts: Vec<&str> = pattern.split(':').collect();
    let (last, head) = parts.split_last().expect("split yields a part");
    let rest: Vec<&str> = arn.splitn(head.len() + 1, ':').collect();
    last.ends_with('*')
        && rest.len() == parts.len()
        && head.iter().zip(&rest).all(|(p, a)| like(p, a))
        && like(last, rest[head.len()])
}

/// Whether a statement's `aws:SourceArn` conditions hold for the topic:
/// every operator that tests the key must (operators and keys are ANDed, a
/// key's values ORed, a negated operator true when no value matches: IAM
/// User Guide, "Condition operators" and "Creating a condition with
/// multiple keys or values"). `…IfExists` reads as the operator itself,
/// since SNS always sends the key; key names are compared without case, as
/// IAM does. None when no operator tests the key; conditions on other keys
/// are not evaluated.
fn source_conditions_hold(statement: &Value, topic_arn: &str) -> Option<bool> {
    let conditions = statement.get("Condition").and_then(Value::as_object)?;
    let mut found = None;
    for (operator, keys) in conditions {
        let Some(keys) = keys.as_object() else { continue };
        let operator = operator.strip_suffix("IfExists").unwrap_or(operator);
        for (key, values) in keys {
            if !key.eq_ignore_ascii_case("aws:SourceArn") {
                continue;
            }
            // The operator's match of a policy value against the topic, and
            // whether the operator is its negation.
            let (matches, negated): (fn(&str, &str) -> bool, bool) = match operator {
                "ArnEquals" | "ArnLike" => (arn_like, false),
                "ArnNotEquals" | "ArnNotLike" => (arn_like, true),
                "StringEquals" => (|value, topic| value == topic, false),
                "StringNotEquals" => (|value, topic| value == topic, true),
                "StringLike" => (like, false),
                "StringNotLike" => (like, true),
                _ => continue,
            };
            let holds = strings(Some(values)).iter().any(|v| matches(v, topic_arn)) != negated;
            found = Some(found.unwrap_or(true) && holds);
        }
    }
    found
}

/// Whether a statement with `effect` covers SNS sending to the queue:
/// its principal, action (names without case, patterns as IAM reads them)
/// and resource (an ARN pattern), whatever its conditions.
fn covers_sending(statement: &Value, effect: &str, queue_arn: &str) -> bool {
    let principal = statement.get("Principal");
    let principal_ok = names(principal, &["*"])
        || names(principal.and_then(|p| p.get("Service")), &["sns.amazonaws.com"])
        || names(principal.and_then(|p| p.get("AWS")), &["*"]);
    let resource_ok = statement.get("Resource").is_none()
        || strings(statement.get("Resource"))
            .iter()
            .any(|r| resource_like(r, queue_arn));
    let action_ok = strings(statement.get("Action"))
        .iter()
        .any(|a| like(&a.to_ascii_lowercase(), "sqs:sendmessage"));
    names(statement.get("Effect"), &[effect]) && principal_ok && action_ok && resource_ok
}

/// Whether the queue policy (JSON text, absent when the queue has none)
/// lets the topic send to the queue: a statement allows it on
/// `aws:SourceArn` conditions that hold for the topic, and no statement
/// denies it unconditionally or on such conditions (a Deny on other keys,
/// such as an organization, is not evaluated here).
pub fn policy_allows_topic(policy: Option<&str>, queue_arn: &str, topic_arn: &str) -> bool {
    let Some(policy) = policy.and_then(|p| serde_json::from_str::<Value>(p).ok()) else {
        return false;
    };
    let statements: Vec<&Value> = match policy.get("Statement") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(single @ Value::Object(_)) => vec![single],
        _ => return false,
    };
    let allowed = statements
        .iter()
        .any(|s| covers_sending(s, "Allow", queue_arn) && source_conditions_hold(s, topic_arn) == Some(true));
    let denied = statements.iter().any(|s| {
        covers_sending(s, "Deny", queue_arn)
            && (s.get("Condition").is_none() || source_conditions_hold(s, topic_arn) == Some(true))
    });
    allowed && !denied
}

/// Whether a queue's `KmsMasterKeyId` is the AWS-managed SQS key, by its
/// alias or its alias ARN: Amazon SNS cannot use it (SNS Developer Guide,
/// "Encryption at rest").
pub fn is_aws_managed_sqs_key(key_id: &str) -> bool {
    key_id == AWS_MANAGED_SQS_KEY || (key_id.starts_with("arn:aws") && key_id.ends_with(":alias/aws/sqs"))
}

/// The Sid of the statement the setup writes for `topic_arn`: one per topic,
/// since the Sids of a policy's statements must differ (IAM User Guide,
/// "IAM JSON policy elements: Sid"; letters and digits only). The same
/// topic always gets the same Sid: `QuillCRMBounceTopic` and the first 16
/// hex digits of the ARN's SHA-256. Setups before it wrote the bare
/// `QuillCRMBounceTopic` for whatever topic; such a statement is kept, and
/// still counts for its topic (see [`policy_allows_topic`]).
pub fn statement_sid(topic_arn: &str) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, topic_arn.as_bytes());
    let hex: String = digest.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("QuillCRMBounceTopic{hex}")
}

/// The policy with the statement that lets the topic send to the queue
/// (Sid [`statement_sid`]): one with that Sid already (ours, changed since)
/// is replaced, every other statement is kept as it is.
pub fn policy_with_topic(policy: Option<&str>, queue_arn: &str, topic_arn: &str) -> String {
    let mut document = policy
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_else(|| {
            let mut fresh = Map::new();
            fresh.insert("Version".into(), json!("2012-10-17"));
            fresh
        });
    let mut statements = match document.remove("Statement") {
        Some(Value::Array(list)) => list,
        Some(single @ Value::Object(_)) => vec![single],
        _ => Vec::new(),
    };
    let sid = statement_sid(topic_arn);
    statements.retain(|s| s.get("Sid").and_then(Value::as_str) != Some(sid.as_str()));
    statements.push(json!({
        "Sid": sid,
        "Effect": "Allow",
        "Principal": { "Service": "sns.amazonaws.com" },
        "Action": "sqs:SendMessage",
        "Resource": queue_arn,
        "Condition": { "ArnEquals": { "aws:SourceArn": topic_arn } },
    }));
    document.insert("Statement".into(), Value::Array(statements));
    Value::Object(document).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUEUE: &str = "arn:aws:sqs:eu-central-1:123456789012:ses-feedback";
    const TOPIC: &str = "arn:aws:sns:eu-central-1:123456789012:ses";

    #[test]
    fn a_queue_without_a_policy_does_not_allow_the_topic_until_one_is_added() {
        assert!(!policy_allows_topic(None, QUEUE, TOPIC));
        let added = policy_with_topic(None, QUEUE, TOPIC);
        assert!(policy_allows_topic(Some(&added), QUEUE, TOPIC));
        assert!(!policy_allows_topic(
            Some(&added),
            QUEUE,
            "arn:aws:sns:eu-central-1:123456789012:other"
        ));
    }

    #[test]
    fn the_developer_guide_policy_shape_is_recognised_and_others_are_kept() {
        // The SNS Developer Guide's fan-out policy: Principal as a Service,
        // Condition ArnEquals aws:SourceArn.
        let guide = format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{TOPIC}"}}}}}}]}}"#
        );
        assert!(policy_allows_topic(Some(&guide), QUEUE, TOPIC));
        let other = r#"{"Version":"2012-10-17","Statement":{"Sid":"Mine","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sqs:*"}}"#;
        let merged: Value = serde_json::from_str(&policy_with_topic(Some(other), QUEUE, TOPIC)).unwrap();
        assert_eq!(merged["Statement"].as_array().unwrap().len(), 2);
        assert_eq!(merged["Statement"][0]["Sid"], "Mine");
        let denied = guide.replace("Allow", "Deny");
        assert!(!policy_allows_topic(Some(&denied), QUEUE, TOPIC));
        let unconditioned = format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"{QUEUE}"}}]}}"#
        );
        assert!(
            !policy_allows_topic(Some(&unconditioned), QUEUE, TOPIC),
            "no aws:SourceArn condition"
        );
    }

    #[test]
    fn an_arnlike_pattern_that_names_the_topic_allows_it() {
        let with = |operator: &str, pattern: &str| {
            format!(
                r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"{operator}":{{"aws:SourceArn":"{pattern}"}}}}}}]}}"#
            )
        };
        assert!(policy_allows_topic(
            Some(&with("ArnLike", "arn:aws:sns:eu-central-1:123456789012:*")),
            QUEUE,
            TOPIC
        ));
        assert!(policy_allows_topic(
            Some(&with("ArnLike", "arn:aws:sns:*:123456789012:s?s")),
            QUEUE,
            TOPIC
        ));
        assert!(!policy_allows_topic(
            Some(&with("ArnLike", "arn:aws:sns:eu-central-1:999999999999:*")),
            QUEUE,
            TOPIC
        ));
        assert!(
            !policy_allows_topic(Some(&with("ArnLike", "arn:aws:sns:*")), QUEUE, TOPIC),
            "a star stays within its part of the ARN"
        );
        assert!(
            !policy_allows_topic(
                Some(&with("StringEquals", "arn:aws:sns:eu-central-1:123456789012:*")),
                QUEUE,
                TOPIC
            ),
            "StringEquals takes no pattern"
        );
    }

    #[test]
    fn arnequals_reads_a_pattern_as_arnlike_does() {
        let policy = format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"arn:aws:sns:eu-central-1:123456789012:*"}}}}}}]}}"#
        );
        assert!(policy_allows_topic(Some(&policy), QUEUE, TOPIC));
    }

    #[test]
    fn every_condition_operator_on_the_source_must_hold() {
        let policy = format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnLike":{{"aws:SourceArn":"arn:aws:sns:*:123456789012:*"}},"ArnEquals":{{"aws:SourceArn":"arn:aws:sns:eu-central-1:123456789012:other"}}}}}}]}}"#
        );
        assert!(!policy_allows_topic(Some(&policy), QUEUE, TOPIC));
    }

    #[test]
    fn key_and_action_names_are_read_without_case_and_resources_as_patterns() {
        let policy = r#"{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"SQS:sendmessage","Resource":"arn:aws:sqs:eu-central-1:123456789012:*","Condition":{"ArnEquals":{"AWS:SOURCEARN":"TOPIC"}}}]}"#
            .replace("TOPIC", TOPIC);
        assert!(policy_allows_topic(Some(&policy), QUEUE, TOPIC));
        let send_star = policy.replace("SQS:sendmessage", "sqs:Send*");
        assert!(policy_allows_topic(Some(&send_star), QUEUE, TOPIC));
        let other_queue = policy.replace("123456789012:*", "123456789012:other-*");
        assert!(!policy_allows_topic(Some(&other_queue), QUEUE, TOPIC));
    }

    #[test]
    fn a_deny_of_the_topic_outweighs_an_allow() {
        let allow = format!(
            r#"{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{TOPIC}"}}}}}}"#
        );
        let deny_all = r#"{"Effect":"Deny","Principal":"*","Action":"sqs:*"}"#;
        let deny_other = r#"{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:999999999999:*"}}}"#;
        let deny_by_pattern =
            r#"{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:*:123456789012:*"}"#;
        assert!(!policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{deny_all}]}}"#)),
            QUEUE,
            TOPIC
        ));
        assert!(!policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{deny_by_pattern}]}}"#)),
            QUEUE,
            TOPIC
        ));
        assert!(policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{deny_other}]}}"#)),
            QUEUE,
            TOPIC
        ));
    }

    #[test]
    fn a_negated_operator_holds_when_no_value_matches() {
        let allow = format!(
            r#"{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{TOPIC}"}}}}}}"#
        );
        // "Deny unless it comes from the other topic": denies this one.
        let deny_unless_other = r#"{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Condition":{"ArnNotEquals":{"aws:SourceArn":"arn:aws:sns:eu-central-1:123456789012:other"}}}"#;
        assert!(!policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{deny_unless_other}]}}"#)),
            QUEUE,
            TOPIC
        ));
        let deny_unless_ours = deny_unless_other.replace("arn:aws:sns:eu-central-1:123456789012:other", TOPIC);
        assert!(policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{deny_unless_ours}]}}"#)),
            QUEUE,
            TOPIC
        ));
        let allow_but_not_ours = allow.replace(
            r#"{"ArnEquals":{"aws:SourceArn":"TOPIC"}}"#.replace("TOPIC", TOPIC).as_str(),
            &format!(r#"{{"ArnLike":{{"aws:SourceArn":"arn:aws:sns:*:123456789012:*"}},"ArnNotLike":{{"aws:SourceArn":"{TOPIC}"}}}}"#),
        );
        assert!(!policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow_but_not_ours}]}}"#)),
            QUEUE,
            TOPIC
        ));
    }

    #[test]
    fn an_ifexists_operator_reads_as_the_operator() {
        let policy = format!(
            r#"{{"Statement":[{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnLikeIfExists":{{"aws:SourceArn":"{TOPIC}"}}}}}}]}}"#
        );
        assert!(policy_allows_topic(Some(&policy), QUEUE, TOPIC));
    }

    #[test]
    fn a_star_ending_a_resource_covers_the_parts_after_it() {
        let allow = format!(
            r#"{{"Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{TOPIC}"}}}}}}"#
        );
        for resource in ["arn:aws:sqs:*", "arn:aws:sqs:eu-central-1:*", "*"] {
            let deny =
                format!(r#"{{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"{resource}"}}"#);
            assert!(
                !policy_allows_topic(Some(&format!(r#"{{"Statement":[{allow},{deny}]}}"#)), QUEUE, TOPIC),
                "{resource}"
            );
        }
        let elsewhere =
            r#"{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:*"}"#;
        assert!(policy_allows_topic(
            Some(&format!(r#"{{"Statement":[{allow},{elsewhere}]}}"#)),
            QUEUE,
            TOPIC
        ));
    }

    #[test]
    fn the_aws_managed_sqs_key_is_known_by_its_alias_and_its_alias_arn() {
        assert!(is_aws_managed_sqs_key("alias/aws/sqs"));
        assert!(is_aws_managed_sqs_key(
            "arn:aws:kms:eu-central-1:123456789012:alias/aws/sqs"
        ));
        assert!(!is_aws_managed_sqs_key(
            "arn:aws:kms:eu-central-1:123456789012:alias/mine"
        ));
        assert!(!is_aws_managed_sqs_key(
            "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        ));
    }

    #[test]
    fn a_second_topic_gets_a_statement_whose_sid_differs_from_the_first_topics() {
        // The first topic's statement as earlier setups wrote it.
        let topic_a = TOPIC;
        let topic_b = "arn:aws:sns:eu-central-1:123456789012:ses-second";
        let granting_a = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"QuillCRMBounceTopic","Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{topic_a}"}}}}}}]}}"#
        );
        let merged = policy_with_topic(Some(&granting_a), QUEUE, topic_b);
        let statements = serde_json::from_str::<Value>(&merged).unwrap()["Statement"].clone();
        let sids: Vec<&str> = statements
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["Sid"].as_str().unwrap())
            .collect();
        assert_eq!(sids.len(), 2, "{merged}");
        assert_eq!(sids[0], "QuillCRMBounceTopic", "the first topic's statement is kept");
        assert_ne!(sids[0], sids[1], "{merged}");
        assert!(policy_allows_topic(Some(&merged), QUEUE, topic_a));
        assert!(policy_allows_topic(Some(&merged), QUEUE, topic_b));
    }

    #[test]
    fn a_statement_with_the_earlier_setups_sid_still_counts_for_its_topic() {
        let earlier = format!(
            r#"{{"Statement":[{{"Sid":"QuillCRMBounceTopic","Effect":"Allow","Principal":{{"Service":"sns.amazonaws.com"}},"Action":"sqs:SendMessage","Resource":"{QUEUE}","Condition":{{"ArnEquals":{{"aws:SourceArn":"{TOPIC}"}}}}}}]}}"#
        );
        assert!(policy_allows_topic(Some(&earlier), QUEUE, TOPIC));
    }

    #[test]
    fn a_topics_sid_is_the_same_on_every_run_and_only_letters_and_digits() {
        let sid = statement_sid(TOPIC);
        assert_eq!(sid, statement_sid(TOPIC));
        assert!(sid.bytes().all(|b| b.is_ascii_alphanumeric()), "{sid}");
        assert_ne!(sid, statement_sid("arn:aws:sns:eu-central-1:123456789012:se-s"));
    }

    #[test]
    fn a_changed_statement_of_the_same_topic_is_replaced_not_duplicated() {
        let ours = policy_with_topic(None, QUEUE, TOPIC);
        let denied = ours.replace("Allow", "Deny");
        assert!(!policy_allows_topic(Some(&denied), QUEUE, TOPIC));
        let fixed: Value = serde_json::from_str(&policy_with_topic(Some(&denied), QUEUE, TOPIC)).unwrap();
        assert_eq!(fixed["Statement"].as_array().unwrap().len(), 1, "{fixed}");
        assert_eq!(fixed["Statement"][0]["Effect"], "Allow");
    }
}
