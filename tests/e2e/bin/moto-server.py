#!/usr/bin/env python3
"""moto_server for the e2e stack, with two shortcuts and a lock in its SQS model.

moto's SQS model (5.2.5) recomputes every queue attribute, each of which
walks every message of the queue, on each message it sends (SNS fan-out
included) and receives (its retention check asks get_queue_attributes() for
MessageRetentionPeriod, which computes them all three times), and it asks
the time through moto.core.utils.unix_time(), which builds two datetimes per
call: n queued messages cost O(n^2) of those calls. The queue intake's
2,000-event test spent about 100 s publishing and 8 s per ReceiveMessage
(past the extension's timeout); the drain benchmark's 3,000 messages took
moto alone 75 ms per ReceiveMessage. Two replacements keep moto's behaviour
and values:

- the clock: the same time from time.time();
- the retention check: the same comparison, with the queue's own
  MessageRetentionPeriod (an int, set by Queue._set_attributes).

And one fix: moto_server answers requests in threads, and Queue's
delete_message() rebuilds the queue's message list without a lock, so two
deletes at once (or a delete and a send) can put back a message the other
one removed: with 3 workers draining 3,000 messages, 83 deleted messages
came back as in flight. SQS never does that; Queue.delete_message runs under
the queue's own lock here (the Condition add_message() appends under).

Usage as moto_server's: moto-server.py -H 127.0.0.1 -p PORT (PYTHONPATH
tests/e2e/pylib).
"""
import time

import moto.core.utils
import moto.sqs.models
from moto.server import main


def unix_time(dt=None):
    """moto.core.utils.unix_time(), without the datetimes for "now"."""
    return time.time() if dt is None else moto.core.utils.unix_time(dt)


def unix_time_millis(dt=None):
    """moto.core.utils.unix_time_millis(), likewise."""
    return time.time() * 1000.0 if dt is None else moto.core.utils.unix_time_millis(dt)


def is_message_valid_based_on_retention_period(self, queue_name, message):
    """SQSBackend's check, reading the one attribute it needs."""
    retention_period = self.get_queue(queue_name).message_retention_period
    return retention_period + message.sent_timestamp / 1000 > unix_time()


_delete_message = moto.sqs.models.Queue.delete_message


def delete_message(self, receipt_handle):
    """Queue.delete_message(), one at a time per queue."""
    with self._messages_lock:
        _delete_message(self, receipt_handle)


moto.sqs.models.unix_time = unix_time
moto.sqs.models.unix_time_millis = unix_time_millis
moto.sqs.models.SQSBackend.is_message_valid_based_on_retention_period = is_message_valid_based_on_retention_period
moto.sqs.models.Queue.delete_message = delete_message

if __name__ == "__main__":
    main()
