//! The Amazon SNS calls of the AWS-side setup and the doctor (Amazon SNS
//! API Reference, version 2010-03-31, query protocol), each returning a
//! typed result read from AWS's XML answer.

use std::collections::BTreeMap;

use crate::aws_client::{AwsClient, SNS};
use crate::aws_error::AwsError;
use crate::aws_xml::{self, Element};

const VERSION: &str = "2010-03-31";
/// Pages of a listing read at most (ListTopics gives 100 a page,
/// ListSubscriptionsByTopic 100): a bound, not a limit met in practice.
const MAX_PAGES: usize = 20;

/// What ListSubscriptionsByTopic says of one subscription. Its
/// `subscription_arn` is the literal `PendingConfirmation` while an HTTP/S
/// subscription is unconfirmed (Amazon SNS API Reference, Subscribe:
/// "PendingConfirmation" until confirmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionSummary {
    pub subscription_arn: String,
    pub protocol: String,
    pub endpoint: String,
}

impl SubscriptionSummary {
    pub fn is_pending(&self) -> bool {
        self.subscription_arn == "PendingConfirmation"
    }
}

/// The SNS calls in one region.
pub struct Sns<'c> {
    pub client: &'c AwsClient<'c>,
    pub region: &'c str,
}

impl Sns<'_> {
    /// One call; the `<{action}Result>` element of the answer. A denial
    /// names `sns:{action}` when AWS's message named no action.
    fn call(&self, action: &str, params: &[(&str, &str)]) -> Result<Element, AwsError> {
        let body = self
            .client
            .query(SNS, self.region, VERSION, action, params)
            .map_err(|e| e.naming_action(Some(format!("sns:{action}"))))?;
        aws_xml::result_of(&body, action)
    }

    /// Every topic ARN of the account in this region.
    pub fn topics(&self) -> Result<Vec<String>, AwsError> {
        let mut topics = Vec::new();
        let mut token: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut params = Vec::new();
            if let Some(token) = &token {
                params.push(("NextToken", token.as_str()));
            }
            let result = self.call("ListTopics", &params)?;
            topics.extend(parse_topic_list(&result));
            token = next_token(&result);
            if token.is_none() {
                break;
            }
        }
        Ok(topics)
    }

    /// CreateTopic (idempotent at AWS): the topic's ARN.
    pub fn create_topic(&self, name: &str) -> Result<String, AwsError> {
        let result = self.call("CreateTopic", &[("Name", name)])?;
        required(&result, "TopicArn")
    }

    pub fn topic_attributes(&self, topic_arn: &str) -> Result<BTreeMap<String, String>, AwsError> {
        let result = self.call("GetTopicAttributes", &[("TopicArn", topic_arn)])?;
        Ok(attributes(&result))
    }

    pub fn set_topic_attribute(&self, topic_arn: &str, name: &str, value: &str) -> Result<(), AwsError> {
        self.call(
            "SetTopicAttributes",
            &[
                ("TopicArn", topic_arn),
                ("AttributeName", name),
                ("AttributeValue", value),
            ],
        )
        .map(drop)
    }

    /// Every subscription of the topic.
    pub fn subscriptions(&self, topic_arn: &str) -> Result<Vec<SubscriptionSummary>, AwsError> {
        let mut found = Vec::new();
        let mut token: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut params = vec![("TopicArn", topic_arn)];
            if let Some(token) = &token {
                params.push(("NextToken", token.as_str()));
            }
            let result = self.call("ListSubscriptionsByTopic", &params)?;
            found.extend(parse_subscription_list(&result));
            token = next_token(&result);
            if token.is_none() {
                break;
            }
        }
        Ok(found)
    }

    /// Subscribe with attributes set at once; the SubscriptionArn
    /// (`ReturnSubscriptionArn`: the ARN even while pending).
    pub fn subscribe(
        &self,
        topic_arn: &str,
        protocol: &str,
        endpoint: &str,
        attributes: &[(&str, &str)],
    ) -> Result<String, AwsError> {
        let names: Vec<(String, String)> = attributes
            .iter()
            .enumerate()
            .flat_map(|(i, (name, value))| {
                [
                    (format!("Attributes.entry.{}.key", i + 1), (*name).to_owned()),
                    (format!("Attributes.entry.{}.value", i + 1), (*value).to_owned()),
                ]
            })
            .collect();
        let mut params = vec![
            ("TopicArn", topic_arn),
            ("Protocol", protocol),
            ("Endpoint", endpoint),
            ("ReturnSubscriptionArn", "true"),
        ];
        params.extend(names.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        let result = self.call("Subscribe", &params)?;
        required(&result, "SubscriptionArn")
    }

    pub fn subscription_attributes(&self, subscription_arn: &str) -> Result<BTreeMap<String, String>, AwsError> {
        let result = self.call("GetSubscriptionAttributes", &[("SubscriptionArn", subscription_arn)])?;
        Ok(attributes(&result))
    }

    pub fn set_subscription_attribute(&self, subscription_arn: &str, name: &str, value: &str) -> Result<(), AwsError> {
        self.call(
            "SetSubscriptionAttributes",
            &[
                ("SubscriptionArn", subscription_arn),
                ("AttributeName", name),
                ("AttributeValue", value),
            ],
        )
        .map(drop)
    }
}

fn required(result: &Element, name: &'static str) -> Result<String, AwsError> {
    result
        .text_of(name)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .ok_or(AwsError::BadAnswer("an expected element is missing"))
}

fn next_token(result: &Element) -> Option<String> {
    result.text_of("NextToken").filter(|t| !t.is_empty()).map(str::to_owned)
}

/// `<Attributes><entry><key/><value/></entry>...` of a Get*Attributes result.
pub fn attributes(result: &Element) -> BTreeMap<String, String> {
    result.child("Attributes").map(Element::entries).unwrap_or_default()
}

/// The TopicArns of a ListTopics result.
pub fn parse_topic_list(result: &Element) -> Vec<String> {
    result
        .child("Topics")
        .into_iter()
        .flat_map(Element::members)
        .filter_map(|m| m.text_of("TopicArn").map(str::to_owned))
        .collect()
}

/// The subscriptions of a ListSubscriptionsByTopic result.
pub fn parse_subscription_list(result: &Element) -> Vec<SubscriptionSummary> {
    result
        .child("Subscriptions")
        .into_iter()
        .flat_map(Element::members)
        .filter_map(|m| {
            Some(SubscriptionSummary {
                subscription_arn: m.text_of("SubscriptionArn")?.to_owned(),
                protocol: m.text_of("Protocol").unwrap_or("").to_owned(),
                endpoint: m.text_of("Endpoint").unwrap_or("").to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// After the sample response of GetSubscriptionAttributes in the Amazon
    /// SNS API Reference (docs.aws.amazon.com/sns/latest/api/
    /// API_GetSubscriptionAttributes.html, "Examples"): its attributes and
    /// values (Owner, a DeliveryPolicy of 10 retries, the SubscriptionArn of
    /// its sample request), in the documented Attributes.entry.N shape.
    pub(crate) const DOCUMENTED_SUBSCRIPTION_ATTRIBUTES: &str = r#"<GetSubscriptionAttributesResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
  <GetSubscriptionAttributesResult>
    <Attributes>
      <entry>
        <key>Owner</key>
        <value>123456789012</value>
      </entry>
      <entry>
        <key>DeliveryPolicy</key>
        <value>{&quot;healthyRetryPolicy&quot;:{&quot;numRetries&quot;:10}}</value>
      </entry>
      <entry>
        <key>SubscriptionArn</key>
        <value>arn:aws:sns:us-east-1:123456789012:My-Topic:80289ba6-0fd4-4079-afb4-ce8c8260f0ca</value>
      </entry>
    </Attributes>
  </GetSubscriptionAttributesResult>
  <ResponseMetadata>
    <RequestId>057f074c-33a7-11df-9540-99d0768312d3</RequestId>
  </ResponseMetadata>
</GetSubscriptionAttributesResponse>"#;

    /// After the sample response of ListSubscriptionsByTopic in the Amazon
    /// SNS API Reference (API_ListSubscriptionsByTopic.html, "Examples": an
    /// email subscription of My-Topic), with a second member as AWS lists an
    /// unconfirmed HTTPS subscription (SubscriptionArn "PendingConfirmation":
    /// API Reference, Subscribe, ReturnSubscriptionArn).
    pub(crate) const DOCUMENTED_SUBSCRIPTIONS_BY_TOPIC: &str = r#"<ListSubscriptionsByTopicResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
  <ListSubscriptionsByTopicResult>
    <Subscriptions>
      <member>
        <TopicArn>arn:aws:sns:us-east-1:123456789012:My-Topic</TopicArn>
        <Protocol>email</Protocol>
        <SubscriptionArn>arn:aws:sns:us-east-1:123456789012:My-Topic:80289ba6-0fd4-4079-afb4-ce8c8260f0ca</SubscriptionArn>
        <Owner>123456789012</Owner>
        <Endpoint>example@amazon.com</Endpoint>
      </member>
      <member>
        <TopicArn>arn:aws:sns:us-east-1:123456789012:My-Topic</TopicArn>
        <Protocol>https</Protocol>
        <SubscriptionArn>PendingConfirmation</SubscriptionArn>
        <Owner>123456789012</Owner>
        <Endpoint>https://example.com/?quillcrm_webhook=bounce</Endpoint>
      </member>
    </Subscriptions>
  </ListSubscriptionsByTopicResult>
  <ResponseMetadata>
    <RequestId>b9275252-3774-11df-9540-99d0768312d3</RequestId>
  </ResponseMetadata>
</ListSubscriptionsByTopicResponse>"#;

    #[test]
    fn reads_the_documented_subscription_attributes() {
        let result = aws_xml::result_of(
            DOCUMENTED_SUBSCRIPTION_ATTRIBUTES.as_bytes(),
            "GetSubscriptionAttributes",
        )
        .unwrap();
        let attributes = attributes(&result);
        assert_eq!(attributes["Owner"], "123456789012");
        assert_eq!(
            attributes["DeliveryPolicy"],
            r#"{"healthyRetryPolicy":{"numRetries":10}}"#
        );
        assert!(!attributes.contains_key("RedrivePolicy"));
    }

    #[test]
    fn reads_the_documented_subscription_list_and_a_pending_member() {
        let result =
            aws_xml::result_of(DOCUMENTED_SUBSCRIPTIONS_BY_TOPIC.as_bytes(), "ListSubscriptionsByTopic").unwrap();
        let list = parse_subscription_list(&result);
        assert_eq!(list.len(), 2);
        assert_eq!(
            (
                list[0].protocol.as_str(),
                list[0].endpoint.as_str(),
                list[0].is_pending()
            ),
            ("email", "example@amazon.com", false)
        );
        assert!(list[1].is_pending());
        assert_eq!(next_token(&result), None);
    }
}
