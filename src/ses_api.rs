//! The Amazon SES (API v1, version 2010-12-01, query protocol) calls of the
//! AWS-side setup and the doctor, each returning a typed result read from
//! AWS's XML answer. SES v1 because it is what every region serves and what
//! the local stand-in (moto) implements; the identity settings it reads and
//! writes are the same ones SES v2 shows.

use crate::aws_client::{AwsClient, SES};
use crate::aws_error::AwsError;
use crate::aws_xml::{self, Element};

const VERSION: &str = "2010-12-01";

/// The notification settings of one identity (SES API Reference,
/// IdentityNotificationAttributes). A topic is `None` when SES publishes
/// those notifications nowhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityNotifications {
    pub bounce_topic: Option<String>,
    pub complaint_topic: Option<String>,
    pub delivery_topic: Option<String>,
    /// Bounces and complaints also sent by email (true unless turned off).
    pub forwarding_enabled: bool,
}

/// The kinds of notification an identity publishes to a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationType {
    Bounce,
    Complaint,
}

impl NotificationType {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationType::Bounce => "Bounce",
            NotificationType::Complaint => "Complaint",
        }
    }
}

/// AWS's own sending counts over its last two weeks (GetSendStatistics,
/// data points of 15 minutes each, summed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SendStatistics {
    pub data_points: u64,
    pub delivery_attempts: u64,
    pub bounces: u64,
    pub complaints: u64,
    pub rejects: u64,
    /// The earliest and latest data point (ISO 8601, as AWS wrote them).
    pub first: Option<String>,
    pub last: Option<String>,
}

/// One event destination of a configuration set (SES API Reference,
/// EventDestination). Event types are lower case: send, reject, bounce,
/// complaint, delivery, open, click, renderingFailure, deliveryDelay...
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventDestination {
    pub name: String,
    pub enabled: bool,
    pub event_types: Vec<String>,
    /// SNSDestination.TopicARN, for an SNS destination.
    pub sns_topic: Option<String>,
}

/// The SES calls in one region.
pub struct Ses<'c> {
    pub client: &'c AwsClient<'c>,
    pub region: &'c str,
}

impl Ses<'_> {
    /// One call; its `<{action}Result>`. A denial names `ses:{action}`
    /// when AWS's message named no action.
    fn call(&self, action: &str, params: &[(&str, &str)]) -> Result<Element, AwsError> {
        let body = self
            .client
            .query(SES, self.region, VERSION, action, params)
            .map_err(|e| e.naming_action(Some(format!("ses:{action}"))))?;
        aws_xml::result_of(&body, action)
    }

    pub fn identity_notifications(&self, identity: &str) -> Result<IdentityNotifications, AwsError> {
        let result = self.call(
            "GetIdentityNotificationAttributes",
            &[("Identities.member.1", identity)],
        )?;
        Ok(parse_identity_notifications(&result, identity))
    }

    pub fn set_notification_topic(
        &self,
        identity: &str,
        kind: NotificationType,
        topic_arn: &str,
    ) -> Result<(), AwsError> {
        self.call(
            "SetIdentityNotificationTopic",
            &[
                ("Identity", identity),
                ("NotificationType", kind.as_str()),
                ("SnsTopic", topic_arn),
            ],
        )
        .map(drop)
    }

    pub fn set_feedback_forwarding(&self, identity: &str, enabled: bool) -> Result<(), AwsError> {
        self.call(
            "SetIdentityFeedbackForwardingEnabled",
            &[
                ("Identity", identity),
                ("ForwardingEnabled", if enabled { "true" } else { "false" }),
            ],
        )
        .map(drop)
    }

    pub fn send_statistics(&self) -> Result<SendStatistics, AwsError> {
        let result = self.call("GetSendStatistics", &[])?;
        Ok(parse_send_statistics(&result))
    }

    pub fn event_destinations(&self, configuration_set: &str) -> Result<Vec<EventDestination>, AwsError> {
        let result = self.call(
            "DescribeConfigurationSet",
            &[
                ("ConfigurationSetName", configuration_set),
                ("ConfigurationSetAttributeNames.member.1", "eventDestinations"),
            ],
        )?;
        Ok(parse_event_destinations(&result))
    }

    /// Creates (or, `update`, replaces) the SNS event destination `name`
    /// for bounces and complaints.
    pub fn put_event_destination(
        &self,
        configuration_set: &str,
        name: &str,
        topic_arn: &str,
        update: bool,
    ) -> Result<(), AwsError> {
        let action = if update {
            "UpdateConfigurationSetEventDestination"
        } else {
            "CreateConfigurationSetEventDestination"
        };
        self.call(
            action,
            &[
                ("ConfigurationSetName", configuration_set),
                ("EventDestination.Name", name),
                ("EventDestination.Enabled", "true"),
                ("EventDestination.MatchingEventTypes.member.1", "bounce"),
                ("EventDestination.MatchingEventTypes.member.2", "complaint"),
                ("EventDestination.SNSDestination.TopicARN", topic_arn),
            ],
        )
        .map(drop)
    }
}

fn non_empty(element: &Element, name: &str) -> Option<String> {
    element.text_of(name).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// `NotificationAttributes.entry.N.key` = the identity, `.value` = its
/// IdentityNotificationAttributes. An identity AWS does not list has none.
pub fn parse_identity_notifications(result: &Element, identity: &str) -> IdentityNotifications {
    let value = result
        .child("NotificationAttributes")
        .into_iter()
        .flat_map(|m| m.children("entry"))
        .find(|e| e.text_of("key").is_some_and(|k| k.eq_ignore_ascii_case(identity)))
        .and_then(|e| e.child("value"));
    let Some(value) = value else {
        return IdentityNotifications {
            forwarding_enabled: true,
            ..IdentityNotifications::default()
        };
    };
    IdentityNotifications {
        bounce_topic: non_empty(value, "BounceTopic"),
        complaint_topic: non_empty(value, "ComplaintTopic"),
        delivery_topic: non_empty(value, "DeliveryTopic"),
        forwarding_enabled: value.text_of("ForwardingEnabled") != Some("false"),
    }
}

/// The data points of `SendDataPoints.member.N`, summed.
pub fn parse_send_statistics(result: &Element) -> SendStatistics {
    let mut stats = SendStatistics::default();
    let count = |m: &Element, name: &str| m.text_of(name).and_then(|t| t.parse::<u64>().ok()).unwrap_or(0);
    for point in result.child("SendDataPoints").into_iter().flat_map(Element::members) {
        stats.data_points += 1;
        stats.delivery_attempts += count(point, "DeliveryAttempts");
        stats.bounces += count(point, "Bounces");
        stats.complaints += count(point, "Complaints");
        stats.rejects += count(point, "Rejects");
        if let Some(at) = non_empty(point, "Timestamp") {
            if stats.first.as_ref().is_none_or(|first| at < *first) {
                stats.first = Some(at.clone());
            }
            if stats.last.as_ref().is_none_or(|last| at > *last) {
                stats.last = Some(at);
            }
        }
    }
    stats
}

/// `EventDestinations.member.N` of DescribeConfigurationSet.
pub fn parse_event_destinations(result: &Element) -> Vec<EventDestination> {
    result
        .child("EventDestinations")
        .into_iter()
        .flat_map(Element::members)
        .filter_map(|m| {
            Some(EventDestination {
                name: non_empty(m, "Name")?,
                enabled: m.text_of("Enabled") == Some("true"),
                event_types: m
                    .child("MatchingEventTypes")
                    .into_iter()
                    .flat_map(Element::members)
                    .map(|t| t.text.trim().to_owned())
                    .collect(),
                sns_topic: m.child("SNSDestination").and_then(|d| non_empty(d, "TopicARN")),
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// AWS's documented example of GetIdentityNotificationAttributes (the
    /// SES API examples, id getidentitynotificationattributes-1469123466947,
    /// shown in the AWS CLI and SDK references; shipped in botocore's
    /// data/ses/2010-12-01/examples-1.json): its values, written in the wire
    /// shape the API Reference documents (NotificationAttributes.entry.N.key
    /// / .value). moto leaves the topics out of its answer, so this is the
    /// only test of reading them.
    pub(crate) const DOCUMENTED_IDENTITY_NOTIFICATIONS: &str = r#"<GetIdentityNotificationAttributesResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
  <GetIdentityNotificationAttributesResult>
    <NotificationAttributes>
      <entry>
        <key>example.com</key>
        <value>
          <ForwardingEnabled>true</ForwardingEnabled>
          <HeadersInBounceNotificationsEnabled>false</HeadersInBounceNotificationsEnabled>
          <HeadersInComplaintNotificationsEnabled>false</HeadersInComplaintNotificationsEnabled>
          <HeadersInDeliveryNotificationsEnabled>false</HeadersInDeliveryNotificationsEnabled>
          <BounceTopic>arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic</BounceTopic>
          <ComplaintTopic>arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic</ComplaintTopic>
          <DeliveryTopic>arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic</DeliveryTopic>
        </value>
      </entry>
    </NotificationAttributes>
  </GetIdentityNotificationAttributesResult>
  <ResponseMetadata>
    <RequestId>e038e509-b72a-11e1-901f-1fbd90e8104f</RequestId>
  </ResponseMetadata>
</GetIdentityNotificationAttributesResponse>"#;

    /// The sample response of GetSendStatistics in the Amazon SES API
    /// Reference (API Version 2010-12-01, API_GetSendStatistics.html,
    /// "Examples"), as printed: two data points, the rest elided with `.`
    /// lines and without the closing `</SendDataPoints>`. moto's send
    /// statistics count no bounce or complaint, ever.
    pub(crate) const DOCUMENTED_SEND_STATISTICS: &str = r#"<GetSendStatisticsResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
  <GetSendStatisticsResult>
    <SendDataPoints>
      <member>
        <DeliveryAttempts>8</DeliveryAttempts>
        <Timestamp>2011-08-03T19:23:00Z</Timestamp>
        <Rejects>0</Rejects>
        <Bounces>0</Bounces>
        <Complaints>0</Complaints>
      </member>
      <member>
        <DeliveryAttempts>7</DeliveryAttempts>
        <Timestamp>2011-08-03T06:53:00Z</Timestamp>
        <Rejects>0</Rejects>
        <Bounces>0</Bounces>
        <Complaints>0</Complaints>
      </member>
	  .
	  .
	  .
	  .
  </GetSendStatisticsResult>
  <ResponseMetadata>
    <RequestId>c2b66ee5-c866-11e0-b17f-cddb0ab334db</RequestId>
  </ResponseMetadata>
</GetSendStatisticsResponse>"#;

    #[test]
    fn reads_the_documented_identity_notification_topics() {
        let result = aws_xml::result_of(
            DOCUMENTED_IDENTITY_NOTIFICATIONS.as_bytes(),
            "GetIdentityNotificationAttributes",
        )
        .unwrap();
        let found = parse_identity_notifications(&result, "example.com");
        let topic = Some("arn:aws:sns:us-east-1:EXAMPLE65304:ExampleTopic".to_owned());
        assert_eq!(
            found,
            IdentityNotifications {
                bounce_topic: topic.clone(),
                complaint_topic: topic.clone(),
                delivery_topic: topic,
                forwarding_enabled: true,
            }
        );
        let other = parse_identity_notifications(&result, "other.example");
        assert_eq!((other.bounce_topic, other.forwarding_enabled), (None, true));
    }

    #[test]
    fn reads_the_documented_send_statistics() {
        let result = aws_xml::result_of(DOCUMENTED_SEND_STATISTICS.as_bytes(), "GetSendStatistics").unwrap();
        let stats = parse_send_statistics(&result);
        assert_eq!(
            (
                stats.data_points,
                stats.delivery_attempts,
                stats.bounces,
                stats.complaints,
                stats.rejects
            ),
            (2, 15, 0, 0, 0)
        );
        assert_eq!(stats.first.as_deref(), Some("2011-08-03T06:53:00Z"));
        assert_eq!(stats.last.as_deref(), Some("2011-08-03T19:23:00Z"));
    }

    #[test]
    fn sums_bounces_and_complaints_over_data_points() {
        // The documented member shape with counts moto never produces.
        let body = r#"<GetSendStatisticsResponse><GetSendStatisticsResult><SendDataPoints>
            <member><DeliveryAttempts>1000</DeliveryAttempts><Timestamp>2026-01-01T00:00:00Z</Timestamp><Rejects>1</Rejects><Bounces>40</Bounces><Complaints>2</Complaints></member>
            <member><DeliveryAttempts>500</DeliveryAttempts><Timestamp>2026-01-01T00:15:00Z</Timestamp><Rejects>0</Rejects><Bounces>35</Bounces><Complaints>1</Complaints></member>
            </SendDataPoints></GetSendStatisticsResult></GetSendStatisticsResponse>"#;
        let stats = parse_send_statistics(&aws_xml::result_of(body.as_bytes(), "GetSendStatistics").unwrap());
        assert_eq!(
            (stats.delivery_attempts, stats.bounces, stats.complaints, stats.rejects),
            (1500, 75, 3, 1)
        );
    }

    #[test]
    fn reads_event_destinations_in_the_documented_shape() {
        // DescribeConfigurationSet's EventDestinations.member.N (SES API
        // Reference, EventDestination: Name, Enabled, MatchingEventTypes,
        // SNSDestination.TopicARN).
        let body = r#"<DescribeConfigurationSetResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><DescribeConfigurationSetResult>
            <ConfigurationSet><Name>marketing</Name></ConfigurationSet>
            <EventDestinations>
              <member><Name>to-sns</Name><Enabled>true</Enabled><MatchingEventTypes><member>bounce</member><member>complaint</member></MatchingEventTypes>
                <SNSDestination><TopicARN>arn:aws:sns:eu-central-1:123456789012:ses</TopicARN></SNSDestination></member>
              <member><Name>cw</Name><Enabled>false</Enabled><MatchingEventTypes><member>send</member></MatchingEventTypes>
                <CloudWatchDestination/></member>
            </EventDestinations></DescribeConfigurationSetResult></DescribeConfigurationSetResponse>"#;
        let found = parse_event_destinations(&aws_xml::result_of(body.as_bytes(), "DescribeConfigurationSet").unwrap());
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].event_types, ["bounce", "complaint"]);
        assert_eq!(
            found[0].sns_topic.as_deref(),
            Some("arn:aws:sns:eu-central-1:123456789012:ses")
        );
        assert!(found[0].enabled && !found[1].enabled);
        assert_eq!(found[1].sns_topic, None);
    }
}
