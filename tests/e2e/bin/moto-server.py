#!/usr/bin/env python3
"""moto_server for the e2e stack, with shortcuts and a lock in its SQS model.

moto (5.2) is a Python model of AWS, and the stack runs it on the site's
own cores: what it spends per call is taken from the site in the queue
tests and the drain benchmark. Where it spends far more than its job
needs, it is replaced here by code that keeps its behaviour and values:

- the clock: moto.core.utils.unix_time() builds two datetimes per call and
  is asked for each queued message on every send and receive (n queued
  messages cost O(n^2) of them; the 2,000-event test spent about 100 s
  publishing): the same time from time.time();
- the retention check: it asked get_queue_attributes() for
  MessageRetentionPeriod, which computes every attribute, each walking every
  message: the same comparison with the queue's own
  MessageRetentionPeriod (an int, set by Queue._set_attributes);
- Queue.messages (the visible, not delayed ones): one clock read per call
  instead of two per message;
- Queue.delete_message(): it walked the queue twice asking each message for
  its receipt handles (0.6 ms of moto's CPU per drained message with 2,000
  queued); the handle's message now comes from a map filled when moto hands
  a handle out, and one pass by identity builds the new list;
- DeleteMessageBatch: the same, for up to ten handles, with one pass over
  the queue instead of one per handle;
- a receipt handle: 185 letters drawn by 185 calls of moto's random.choice,
  drawn by one random.choices() of the same generator;
- a message's MD5OfBody: hashed on every receive, now once per message (a
  body never changes);
- the request dispatcher lists moto's ~200 package folders, asking the
  file system about each, on every request: listed once;
- werkzeug's line per request on stderr (the HTTPS front logs each call
  to aws-calls.jsonl): warnings and errors only.

Together: moto and its HTTPS front 2.0-2.4 ms of CPU per drained message
before, 0.95-1.1 ms after (bench/README.md, run logs of 2026-11-30 14:51
and 17:19).

And one fix: moto_server answers requests in threads, and Queue's
delete_message() rebuilds the queue's message list without a lock, so two
deletes at once (or a delete and a send) can put back a message the other
one removed: with 3 workers draining 3,000 messages, 83 deleted messages
came back as in flight. SQS never does that; Queue.delete_message runs under
the queue's own lock here (the Condition add_message() appends under).

Usage as moto_server's: moto-server.py -H 127.0.0.1 -p PORT (PYTHONPATH
tests/e2e/pylib).
"""
import logging
import string
import time
import weakref

import moto.backends
import moto.core.utils
import moto.sqs.models
from moto.moto_api._internal import mock_random
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


# Every receipt handle moto has handed out, to the message it was given for
# (a handle is a fresh random string; a message keeps its old ones), for as
# long as the message exists.
_received = weakref.WeakValueDictionary()
_mark_received = moto.sqs.models.Message.mark_received


def mark_received(self, visibility_timeout=None):
    """Message.mark_received(), remembering the new receipt handle."""
    _mark_received(self, visibility_timeout)
    _received[self.receipt_handle] = self


def delete_message(self, receipt_handle):
    """Queue.delete_message(), by the handle's message instead of two walks
    over the queue asking each message for its handles, and one at a time
    per queue. The same outcomes: a deleted message's handle again is a
    no-op, a handle this queue never gave out is ReceiptHandleIsInvalid, a
    message is deleted whether or not it is in flight."""
    with self._messages_lock:
        if _forget(self, receipt_handle, {id(m) for m in self._messages}, set()):
            _drop(self, {id(_received[receipt_handle])})


def _forget(queue, receipt_handle, present, doomed):
    """One handle of a delete (the caller holds the queue's lock): False for
    a handle already deleted (a no-op), ReceiptHandleIsInvalid for one this
    queue's messages never had, else True once its message is marked gone
    (its id added to `doomed`, its handles to the deleted ones)."""
    if receipt_handle in queue.deleted_messages:
        return False
    message = _received.get(receipt_handle)
    if message is None or id(message) not in present or id(message) in doomed:
        raise moto.sqs.models.ReceiptHandleIsInvalid()
    doomed.add(id(message))
    queue.pending_messages.discard(message)
    queue.deleted_messages.update(message.all_receipt_handles)
    return True


def _drop(queue, doomed):
    """A new message list without `doomed` (ids), as moto builds one: code
    that reads the old list without the lock (a receive, the dead-letter
    move) is unaffected."""
    queue._messages = [m for m in queue._messages if id(m) not in doomed]


def delete_message_batch(self, queue_name, receipts):
    """SQSBackend.delete_message_batch(): each entry as delete_message()
    decides it, in order, and one new message list for the batch."""
    queue = self.get_queue(queue_name)
    success, errors = [], []
    with queue._messages_lock:
        present, doomed = {id(m) for m in queue._messages}, set()
        for entry in receipts:
            try:
                _forget(queue, entry["ReceiptHandle"], present, doomed)
                success.append(entry["Id"])
            except moto.sqs.models.ReceiptHandleIsInvalid:
                errors.append({"Id": entry["Id"], "SenderFault": True, "Code": "ReceiptHandleIsInvalid",
                               "Message": f'The input receipt handle "{entry["ReceiptHandle"]}" is not a valid receipt handle.'})
        if doomed:
            _drop(queue, doomed)
    return success, errors


def generate_receipt_handle():
    """moto.sqs.utils.generate_receipt_handle(): 185 lowercase letters from
    moto's own (seedable) generator, drawn in one call."""
    return "".join(mock_random.choices(string.ascii_lowercase, k=185))


def body_md5(self):
    """Message.body_md5, hashed once per message."""
    digest = self.__dict__.get("_e2e_body_md5")
    if digest is None:
        digest = self.__dict__["_e2e_body_md5"] = _body_md5(self)
    return digest


_body_md5 = moto.sqs.models.Message.body_md5.fget


_moto_modules = tuple(moto.backends.list_of_moto_modules())


def list_of_moto_modules():
    """moto.backends.list_of_moto_modules(), which its request dispatcher
    calls on every request: moto's package folders, listed once (each call
    asked the file system about each of some 200 entries)."""
    return iter(_moto_modules)


def visible_messages(self):
    """Queue.messages: the visible, not delayed ones, with one clock read
    instead of two per message."""
    now = unix_time_millis()
    return [m for m in self._messages if now > m.visible_at and not now < m.delayed_until]


moto.backends.list_of_moto_modules = list_of_moto_modules
moto.sqs.models.unix_time = unix_time
moto.sqs.models.unix_time_millis = unix_time_millis
moto.sqs.models.SQSBackend.is_message_valid_based_on_retention_period = is_message_valid_based_on_retention_period
moto.sqs.models.Message.mark_received = mark_received
moto.sqs.models.Queue.delete_message = delete_message
moto.sqs.models.SQSBackend.delete_message_batch = delete_message_batch
moto.sqs.models.generate_receipt_handle = generate_receipt_handle
moto.sqs.models.Message.body_md5 = property(body_md5)
moto.sqs.models.Queue.messages = property(visible_messages)

if __name__ == "__main__":
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    main()
