//! Amazon SQS over the AWS JSON 1.0 protocol: the queue URL policy and the
//! four calls the queue intake needs (Amazon SQS API Reference:
//! ReceiveMessage, DeleteMessageBatch, ChangeMessageVisibilityBatch,
//! GetQueueAttributes).

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use serde_json::{json, Value};

use crate::aws_client::{AwsClient, DEFAULT_LIMIT, DEFAULT_TIMEOUT, SQS};
use crate::aws_credentials::{self, CredentialSource, Credentials, InstanceRole};
use crate::aws_error::AwsError;
use crate::https_client::HttpSender;
use crate::topic_arn::is_region;

/// ReceiveMessage returns at most 10 messages, and waits at most 20 s.
pub const MAX_MESSAGES: u8 = 10;
pub const MAX_WAIT_SECONDS: u8 = 20;
/// The longest visibility timeout SQS allows (12 hours).
pub const MAX_VISIBILITY_TIMEOUT: u32 = 43_200;
/// How long a queue keeps a message: 4 days unless set otherwise, 14 days
/// at most (Amazon SQS API Reference, SetQueueAttributes,
/// MessageRetentionPeriod: 60 to 1,209,600 seconds, default 345,600).
pub const DEFAULT_RETENTION: u32 = 345_600;
pub const MAX_RETENTION: u32 = 1_209_600;
/// The most a batch answer is read: 10 messages of the 256 KiB SQS allowed
/// until 2025, JSON-escaped, or a few of the 1 MiB it allows since.
const BATCH_LIMIT: usize = 8 * 1024 * 1024;
/// The most an answer of one message is read. An SQS message is at most
/// 1 MiB, body and attributes (AWS What's New, 2025, "Amazon SQS increases
/// maximum message payload size to 1 MiB"; AWS Compute Blog, "More room to
/// build: serverless services now support payloads up to 1 MB"; the SQS
/// API Reference's MaximumMessageSize: up to 1,048,576 bytes). In the JSON
/// answer a byte of the body takes at most 6 (`\u00XX`); 64 KiB more hold
/// its id, receipt handle, digests and attributes.
const ONE_MESSAGE_LIMIT: usize = 6 * 1024 * 1024 + 64 * 1024;

/// A queue URL that passed the policy: `https://sqs.<region>.amazonaws.com/
/// <12-digit account>/<name>` (`.amazonaws.com.cn` in China), the name 1 to
/// 80 of `A-Za-z0-9_-` (SQS CreateQueue rules), a standard queue: SES
/// publishes to standard SNS topics, and a standard topic cannot send to a
/// FIFO queue (`<name>.fifo`). Written exactly so: no port, query,
/// fragment, user information or other path, so a URL can never send the
/// credentials' signature elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueUrl {
    pub url: String,
    pub region: String,
    pub account: String,
    pub name: String,
}

impl QueueUrl {
    pub fn parse(text: &str) -> Result<QueueUrl, AwsError> {
        let text = text.trim();
        if text.len() > 200 {
            return Err(AwsError::InvalidQueueUrl("it is too long"));
        }
        if !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(AwsError::InvalidQueueUrl("it contains white space or non-ASCII bytes"));
        }
        let rest = text
            .strip_prefix("https://")
            .ok_or(AwsError::InvalidQueueUrl("it does not start with https://"))?;
        let mut parts = rest.split('/');
        let (Some(host), Some(account), Some(name), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(AwsError::InvalidQueueUrl("its path is not /<account>/<queue name>"));
        };
        let region = host
            .strip_prefix("sqs.")
            .and_then(|h| {
                h.strip_suffix(".amazonaws.com.cn")
                    .filter(|r| r.starts_with("cn-"))
                    .or_else(|| h.strip_suffix(".amazonaws.com").filter(|r| !r.starts_with("cn-")))
            })
            .filter(|r| is_region(r))
            .ok_or(AwsError::InvalidQueueUrl("its host is not sqs.<region>.amazonaws.com"))?;
        if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AwsError::InvalidQueueUrl("its account is not 12 digits"));
        }
        if name.ends_with(".fifo") {
            return Err(AwsError::InvalidQueueUrl(
                "it is a FIFO queue, and the standard SNS topics SES publishes to cannot send to one",
            ));
        }
        if name.is_empty()
            || name.len() > 80
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(AwsError::InvalidQueueUrl(
                "its queue name is not 1 to 80 letters, digits, - or _",
            ));
        }
        Ok(QueueUrl {
            url: text.to_owned(),
            region: region.to_owned(),
            account: account.to_owned(),
            name: name.to_owned(),
        })
    }
}

/// One received message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMessage {
    pub message_id: String,
    pub receipt_handle: String,
    pub body: String,
    /// `ApproximateReceiveCount`: 1 the first time.
    pub receive_count: u32,
    /// `SentTimestamp`, Unix milliseconds, when SQS took the message.
    pub sent_at_ms: Option<i64>,
}

/// What one ReceiveMessage gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Received {
    pub messages: Vec<ReceivedMessage>,
    /// The batch's answer was too large to read, so one message was asked
    /// for instead (another one, or none): every message of that batch
    /// stays invisible until the visibility timeout and then comes back.
    /// Asking for one message at a time until they are back keeps them out
    /// of another unread batch (each unread receive counts towards a
    /// dead-letter queue's maxReceiveCount).
    pub narrowed: bool,
}

/// What a batch call did to each entry (by position in the request).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    pub succeeded: Vec<usize>,
    /// Position and AWS's error code.
    pub failed: Vec<(usize, String)>,
}

/// The SQS calls on one queue.
pub struct Queue<'a> {
    pub client: AwsClient<'a>,
    pub queue: &'a QueueUrl,
}

impl Queue<'_> {
    fn call(&self, operation: &str, input: Value, timeout: Duration, limit: usize) -> Result<Value, AwsError> {
        self.client
            .json(SQS, &self.queue.region, "AmazonSQS", operation, &input, timeout, limit)
    }

    /// Up to `max` messages (1 to 10), waiting up to `wait_seconds` (0 to
    /// 20) for the first; `visibility_timeout` overrides the queue's.
    ///
    /// Ten messages near SQS's 1 MiB make an answer larger than a batch is
    /// read ([`BATCH_LIMIT`]): anyone who may send to the queue could
    /// otherwise fail every receive with them. Such a batch is asked for
    /// again as one message, without waiting, whose answer always fits
    /// [`ONE_MESSAGE_LIMIT`]: the caller gets that message (a body over
    /// what it accepts is then refused and deleted by it) or none, and
    /// [`Received::narrowed`] in either case, also when that second call
    /// fails (the unread batch is the fact the caller must not lose; a
    /// failure that lasts is the answer of its next call). The messages of
    /// the batch that was not read stay invisible for the visibility
    /// timeout, and are received again after it.
    pub fn receive(&self, max: u8, wait_seconds: u8, visibility_timeout: Option<u32>) -> Result<Received, AwsError> {
        let mut input = json!({
            "QueueUrl": self.queue.url,
            "MaxNumberOfMessages": max.clamp(1, MAX_MESSAGES),
            "WaitTimeSeconds": wait_seconds.min(MAX_WAIT_SECONDS),
            "MessageSystemAttributeNames": ["SentTimestamp", "ApproximateReceiveCount"],
        });
        if let Some(seconds) = visibility_timeout {
            input["VisibilityTimeout"] = json!(seconds.min(MAX_VISIBILITY_TIMEOUT));
        }
        let timeout = DEFAULT_TIMEOUT + Duration::from_secs(u64::from(wait_seconds.min(MAX_WAIT_SECONDS)));
        let (answer, narrowed) = if max <= 1 {
            (self.call("ReceiveMessage", input, timeout, ONE_MESSAGE_LIMIT)?, false)
        } else {
            match self.call("ReceiveMessage", input.clone(), timeout, BATCH_LIMIT) {
                Err(AwsError::AnswerTooLarge { .. }) => {
                    input["MaxNumberOfMessages"] = json!(1);
                    input["WaitTimeSeconds"] = json!(0);
                    match self.call("ReceiveMessage", input, DEFAULT_TIMEOUT, ONE_MESSAGE_LIMIT) {
                        Ok(answer) => (answer, true),
                        Err(_) => {
                            return Ok(Received {
                                messages: Vec::new(),
                                narrowed: true,
                            })
                        }
                    }
                }
                other => (other?, false),
            }
        };
        let Some(list) = answer.get("Messages") else {
            return Ok(Received {
                messages: Vec::new(),
                narrowed,
            });
        };
        let list = list.as_array().ok_or(AwsError::BadAnswer("Messages is not a list"))?;
        let messages = list
            .iter()
            .map(|m| {
                let text = |key: &str| m.get(key).and_then(Value::as_str).map(str::to_owned);
                let attribute = |key: &str| m.get("Attributes").and_then(|a| a.get(key)).and_then(Value::as_str);
                Ok(ReceivedMessage {
                    message_id: text("MessageId").ok_or(AwsError::BadAnswer("a message has no MessageId"))?,
                    receipt_handle: text("ReceiptHandle")
                        .ok_or(AwsError::BadAnswer("a message has no ReceiptHandle"))?,
                    body: text("Body").ok_or(AwsError::BadAnswer("a message has no Body"))?,
                    receive_count: attribute("ApproximateReceiveCount")
                        .and_then(|c| c.parse().ok())
                        .unwrap_or(1),
                    sent_at_ms: attribute("SentTimestamp").and_then(|t| t.parse().ok()),
                })
            })
            .collect::<Result<_, AwsError>>()?;
        Ok(Received { messages, narrowed })
    }

    /// Deletes up to 10 messages by receipt handle.
    pub fn delete(&self, receipt_handles: &[String]) -> Result<BatchOutcome, AwsError> {
        let entries: Vec<Value> = receipt_handles
            .iter()
            .enumerate()
            .map(|(i, handle)| json!({"Id": i.to_string(), "ReceiptHandle": handle}))
            .collect();
        self.batch("DeleteMessageBatch", entries)
    }

    /// Sets the visibility timeout of up to 10 messages (0: visible again now).
    pub fn change_visibility(&self, entries: &[(String, u32)]) -> Result<BatchOutcome, AwsError> {
        let entries: Vec<Value> = entries
            .iter()
            .enumerate()
            .map(|(i, (handle, seconds))| {
                json!({"Id": i.to_string(), "ReceiptHandle": handle, "VisibilityTimeout": (*seconds).min(MAX_VISIBILITY_TIMEOUT)})
            })
            .collect();
        self.batch("ChangeMessageVisibilityBatch", entries)
    }

    fn batch(&self, operation: &str, entries: Vec<Value>) -> Result<BatchOutcome, AwsError> {
        if entries.is_empty() {
            return Ok(BatchOutcome::default());
        }
        if entries.len() > usize::from(MAX_MESSAGES) {
            return Err(AwsError::Rejected {
                status: 400,
                code: "\"TooManyEntriesInBatchRequest\"".into(),
            });
        }
        let count = entries.len();
        let answer = self.call(
            operation,
            json!({"QueueUrl": self.queue.url, "Entries": entries}),
            DEFAULT_TIMEOUT,
            DEFAULT_LIMIT,
        )?;
        let position = |entry: &Value| {
            entry
                .get("Id")
                .and_then(Value::as_str)
                .and_then(|id| id.parse::<usize>().ok())
                .filter(|&i| i < count)
        };
        let mut outcome = BatchOutcome::default();
        for entry in answer.get("Successful").and_then(Value::as_array).into_iter().flatten() {
            outcome
                .succeeded
                .push(position(entry).ok_or(AwsError::BadAnswer("a batch entry has an unknown Id"))?);
        }
        for entry in answer.get("Failed").and_then(Value::as_array).into_iter().flatten() {
            let code = entry.get("Code").and_then(Value::as_str).unwrap_or_default();
            outcome.failed.push((
                position(entry).ok_or(AwsError::BadAnswer("a batch entry has an unknown Id"))?,
                crate::error::quote_untrusted(code.as_bytes()),
            ));
        }
        Ok(outcome)
    }

    /// Every attribute of the queue, as SQS writes them (strings).
    pub fn attributes(&self) -> Result<BTreeMap<String, String>, AwsError> {
        let answer = self.call(
            "GetQueueAttributes",
            json!({"QueueUrl": self.queue.url, "AttributeNames": ["All"]}),
            DEFAULT_TIMEOUT,
            DEFAULT_LIMIT,
        )?;
        let mut out = BTreeMap::new();
        if let Some(map) = answer.get("Attributes").and_then(Value::as_object) {
            for (name, value) in map {
                if let Some(text) = value.as_str() {
                    out.insert(name.clone(), text.to_owned());
                }
            }
        }
        Ok(out)
    }
}

/// One SQS call, as the PHP API names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operation {
    Receive {
        max_messages: u8,
        wait_seconds: u8,
        visibility_timeout: Option<u32>,
    },
    Delete {
        receipt_handles: Vec<String>,
    },
    ChangeVisibility {
        receipt_handles: Vec<String>,
        visibility_timeout: u32,
    },
    Attributes,
}

/// What a successful call returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Received(Received),
    Batch(BatchOutcome),
    Attributes(BTreeMap<String, String>),
}

/// Everything a call needs besides its arguments.
pub struct Context<'a> {
    /// Credentials the caller gives (the plugin's wp-config.php constants).
    pub given: Option<Credentials>,
    /// Reads an environment variable.
    pub environment: &'a dyn Fn(&str) -> Option<String>,
    pub role: &'a InstanceRole,
    /// HTTPS to AWS.
    pub api: &'a dyn HttpSender,
    /// Plain HTTP to the instance metadata service.
    pub metadata: &'a dyn HttpSender,
    pub time: SystemTime,
}

/// Runs one call on the queue at `queue_url`: the URL policy, the
/// credentials chain, then the call. Returns where the credentials came
/// from (when they were found) beside the result.
pub fn run(
    queue_url: &str,
    operation: &Operation,
    context: &Context<'_>,
) -> (Option<CredentialSource>, Result<Answer, AwsError>) {
    let queue = match QueueUrl::parse(queue_url) {
        Ok(queue) => queue,
        Err(error) => return (None, Err(error)),
    };
    let now = context
        .time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (credentials, source) = match aws_credentials::resolve(
        context.given.clone(),
        context.environment,
        context.role,
        context.metadata,
        now,
    ) {
        Ok(found) => found,
        Err(error) => return (None, Err(error)),
    };
    let sqs = Queue {
        client: AwsClient {
            http: context.api,
            credentials: &credentials,
            time: context.time,
        },
        queue: &queue,
    };
    let result = match operation {
        Operation::Receive {
            max_messages,
            wait_seconds,
            visibility_timeout,
        } => sqs
            .receive(*max_messages, *wait_seconds, *visibility_timeout)
            .map(Answer::Received),
        Operation::Delete { receipt_handles } => sqs.delete(receipt_handles).map(Answer::Batch),
        Operation::ChangeVisibility {
            receipt_handles,
            visibility_timeout,
        } => {
            let entries: Vec<(String, u32)> = receipt_handles
                .iter()
                .map(|h| (h.clone(), *visibility_timeout))
                .collect();
            sqs.change_visibility(&entries).map(Answer::Batch)
        }
        Operation::Attributes => sqs.attributes().map(Answer::Attributes),
    };
    (Some(source), result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::https_client::{HttpAnswer, HttpRequest, SendError};
    use std::sync::Mutex;

    /// SQS whose queue holds messages of `body` (SQS's 1 MiB at most),
    /// answering ReceiveMessage as AWS would, within the caller's limit;
    /// keeps each request's MaxNumberOfMessages.
    struct QueueOf {
        body: String,
        asked: Mutex<Vec<u64>>,
        /// A call for one message fails (the network, after the batch).
        single_fails: bool,
    }

    impl HttpSender for QueueOf {
        fn send(&self, request: &HttpRequest, _: Duration, limit: usize) -> Result<HttpAnswer, SendError> {
            let input: Value = serde_json::from_slice(&request.body).unwrap();
            let max = input["MaxNumberOfMessages"].as_u64().unwrap();
            self.asked.lock().unwrap().push(max);
            if max == 1 && self.single_fails {
                return Err(SendError::Failed("connection reset".into()));
            }
            let messages: Vec<Value> = (0..max)
                .map(|i| {
                    json!({
                        "MessageId": format!("id-{i}"),
                        "ReceiptHandle": format!("handle-{i}"),
                        "Body": self.body,
                        "Attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": "1700000000000"},
                    })
                })
                .collect();
            let body = serde_json::to_vec(&json!({ "Messages": messages })).unwrap();
            if body.len() > limit {
                return Err(SendError::TooLarge { limit });
            }
            Ok(HttpAnswer { status: 200, body })
        }
    }

    /// ReceiveMessage for up to 10 messages on a queue of `sqs`.
    fn receive_ten(sqs: &QueueOf) -> Received {
        let credentials = Credentials::new("AKIDEXAMPLEEXAMPLE", "secret", None).unwrap();
        let queue = QueueUrl::parse("https://sqs.eu-central-1.amazonaws.com/123456789012/q").unwrap();
        let queue = Queue {
            client: AwsClient {
                http: sqs,
                credentials: &credentials,
                time: SystemTime::now(),
            },
            queue: &queue,
        };
        queue.receive(10, 1, None).unwrap()
    }

    #[test]
    fn a_batch_answer_over_the_limit_is_asked_again_for_one_message_and_marked_narrowed() {
        // 1 MiB of quotes: each written \" in the answer, 2 MiB a message.
        let sqs = QueueOf {
            body: "\"".repeat(1024 * 1024),
            asked: Mutex::new(Vec::new()),
            single_fails: false,
        };
        let received = receive_ten(&sqs);
        assert_eq!(*sqs.asked.lock().unwrap(), [10, 1]);
        assert_eq!(received.messages.len(), 1);
        assert_eq!(received.messages[0].receipt_handle, "handle-0");
        assert_eq!(received.messages[0].body.len(), 1024 * 1024);
        assert!(
            received.narrowed,
            "the caller learns that the rest of the batch was not read"
        );
    }

    #[test]
    fn an_unread_batch_is_reported_narrowed_even_when_the_one_message_call_fails() {
        let sqs = QueueOf {
            body: "\"".repeat(1024 * 1024),
            asked: Mutex::new(Vec::new()),
            single_fails: true,
        };
        let received = receive_ten(&sqs);
        assert_eq!(*sqs.asked.lock().unwrap(), [10, 1]);
        assert_eq!(
            received,
            Received {
                messages: Vec::new(),
                narrowed: true
            }
        );
    }

    #[test]
    fn a_batch_answer_within_the_limit_is_read_whole_and_not_narrowed() {
        let sqs = QueueOf {
            body: "x".repeat(100 * 1024),
            asked: Mutex::new(Vec::new()),
            single_fails: false,
        };
        let received = receive_ten(&sqs);
        assert_eq!(*sqs.asked.lock().unwrap(), [10]);
        assert_eq!(received.messages.len(), 10);
        assert!(!received.narrowed);
    }

    #[test]
    fn accepts_regional_and_china_queue_urls() {
        let q = QueueUrl::parse("https://sqs.eu-central-1.amazonaws.com/123456789012/ses-feedback").unwrap();
        assert_eq!(
            (q.region.as_str(), q.account.as_str(), q.name.as_str()),
            ("eu-central-1", "123456789012", "ses-feedback")
        );
        assert!(QueueUrl::parse("https://sqs.cn-north-1.amazonaws.com.cn/123456789012/q").is_ok());
    }

    #[test]
    fn refuses_a_fifo_queue_which_a_standard_topic_cannot_send_to() {
        let refused = QueueUrl::parse("https://sqs.us-east-1.amazonaws.com/123456789012/q.fifo").unwrap_err();
        assert_eq!(
            refused.detail(),
            "The queue URL cannot be used: it is a FIFO queue, and the standard SNS topics SES publishes to cannot send to one."
        );
    }

    #[test]
    fn refuses_anything_else() {
        for bad in [
            "http://sqs.us-east-1.amazonaws.com/123456789012/q",
            "https://sqs.us-east-1.amazonaws.com:444/123456789012/q",
            "https://sqs.us-east-1.amazonaws.com.evil.example/123456789012/q",
            "https://sqs.us-east-1.amazonaws.com/123456789012/q?Action=x",
            "https://sqs.us-east-1.amazonaws.com/123456789012/q/extra",
            "https://sqs.us-east-1.amazonaws.com/12345678901/q",
            "https://sqs.cn-north-1.amazonaws.com/123456789012/q",
            "https://user@sqs.us-east-1.amazonaws.com/123456789012/q",
            "https://sqs.us-east-1.amazonaws.com/123456789012/q%2F",
            "https://sqs.us-east-1.amazonaws.com/123456789012/",
            "arn:aws:sqs:us-east-1:123456789012:q",
        ] {
            let error = QueueUrl::parse(bad).unwrap_err();
            assert_eq!(error.code(), "invalid_queue_url", "{bad}");
        }
    }
}
