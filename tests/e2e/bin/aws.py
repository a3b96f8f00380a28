#!/usr/bin/env python3
"""The e2e tests' hand on the local moto_server (boto3 from tests/e2e/pylib).

  aws.py --port P setup <topic> <queue> <visibility s>  topic, queue, subscription (raw off) -> JSON
  aws.py --port P publish <topic arn> <file>            each line of <file> is one SES payload: published through SNS
  aws.py --port P queue <queue> <visibility s>          a queue alone (for messages written to it directly) -> JSON
  aws.py --port P send <queue name> <file>              each line of <file> is a JSON string: written to the queue as it is
  aws.py --port P count <queue name>                    {"visible": n, "in_flight": n}
  aws.py --port P purge <queue name>
  aws.py --port P sub-attr <subscription arn> <name> <value>   SetSubscriptionAttributes
  aws.py --port P queue-attr <queue name> <name> <value>       SetQueueAttributes
  aws.py --port P config-set <name>                            CreateConfigurationSet (SES v1)
  aws.py --port P subscriptions <topic arn>                    ListSubscriptionsByTopic, with each one's attributes
  aws.py --port P subscribe-queue <topic arn> <queue name>     the queue subscribed to the topic (raw off) -> JSON

Region eu-central-1, moto's default account 123456789012; moto accepts any
credentials, so fixed test ones are used (never real ones).
"""
import argparse
import json
import sys

import boto3

REGION = "eu-central-1"


def client(port, service):
    return boto3.client(service, region_name=REGION, endpoint_url="http://127.0.0.1:%d" % port,
                        aws_access_key_id="AKIAMOTOTESTONLY0001", aws_secret_access_key="moto-test-only")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("command")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    sns, sqs = client(a.port, "sns"), client(a.port, "sqs")
    if a.command == "setup":
        topic, queue, visibility = a.args
        topic_arn = sns.create_topic(Name=topic)["TopicArn"]
        url = sqs.create_queue(QueueName=queue, Attributes={"VisibilityTimeout": visibility, "MessageRetentionPeriod": "1209600"})["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        sub = sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "false"})
        print(json.dumps({"topic_arn": topic_arn, "queue_arn": queue_arn, "subscription_arn": sub["SubscriptionArn"],
                          "queue_url": "https://sqs.%s.amazonaws.com/123456789012/%s" % (REGION, queue)}))
    elif a.command == "queue":
        queue, visibility = a.args
        sqs.create_queue(QueueName=queue, Attributes={"VisibilityTimeout": visibility, "MessageRetentionPeriod": "1209600"})
        print(json.dumps({"queue_url": "https://sqs.%s.amazonaws.com/123456789012/%s" % (REGION, queue)}))
    elif a.command == "publish":
        topic_arn, path = a.args
        with open(path, encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if line.strip()]
        for start in range(0, len(lines), 10):
            entries = [{"Id": str(i), "Message": m} for i, m in enumerate(lines[start:start + 10])]
            failed = sns.publish_batch(TopicArn=topic_arn, PublishBatchRequestEntries=entries).get("Failed")
            if failed:
                sys.exit("publish_batch failed: %r" % failed)
        print(json.dumps({"published": len(lines)}))
    elif a.command == "send":
        queue, path = a.args
        url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
        with open(path, encoding="utf-8") as f:
            bodies = [json.loads(line) for line in f if line.strip()]
        for start in range(0, len(bodies), 10):
            entries = [{"Id": str(i), "MessageBody": b} for i, b in enumerate(bodies[start:start + 10])]
            failed = sqs.send_message_batch(QueueUrl=url, Entries=entries).get("Failed")
            if failed:
                sys.exit("send_message_batch failed: %r" % failed)
        print(json.dumps({"sent": len(bodies)}))
    elif a.command in ("count", "purge"):
        (queue,) = a.args
        url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
        if a.command == "purge":
            sqs.purge_queue(QueueUrl=url)
        attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        print(json.dumps({"visible": int(attrs["ApproximateNumberOfMessages"]),
                          "in_flight": int(attrs["ApproximateNumberOfMessagesNotVisible"])}))
    elif a.command == "sub-attr":
        arn, name, value = a.args
        sns.set_subscription_attributes(SubscriptionArn=arn, AttributeName=name, AttributeValue=value)
        print(json.dumps({"ok": True}))
    elif a.command == "queue-attr":
        queue, name, value = a.args
        url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
        # moto's SetQueueAttributes drops the queue's Policy when the call
        # does not repeat it (AWS keeps it): it is sent again as it is.
        attributes = {name: value}
        policy = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"]).get("Attributes", {}).get("Policy")
        if policy and name != "Policy":
            attributes["Policy"] = policy
        sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)
        print(json.dumps({"ok": True}))
    elif a.command == "config-set":
        (name,) = a.args
        client(a.port, "ses").create_configuration_set(ConfigurationSet={"Name": name})
        print(json.dumps({"ok": True}))
    elif a.command == "subscriptions":
        (topic_arn,) = a.args
        subs = sns.list_subscriptions_by_topic(TopicArn=topic_arn)["Subscriptions"]
        for sub in subs:
            sub["Attributes"] = sns.get_subscription_attributes(SubscriptionArn=sub["SubscriptionArn"])["Attributes"]
        print(json.dumps(subs))
    elif a.command == "subscribe-queue":
        topic_arn, queue = a.args
        url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        sub = sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "false"})
        print(json.dumps({"queue_arn": queue_arn, "subscription_arn": sub["SubscriptionArn"]}))
    else:
        sys.exit("unknown command " + a.command)


if __name__ == "__main__":
    main()
