<?php
/**
 * IDE and static-analysis stub for the quillcrm_sns PHP extension (Rust,
 * ext-php-rs; binding in ext/src/php.rs, rules in src/). Never loaded at runtime: the
 * declarations sit inside `if ( false )`, so including this file by mistake
 * cannot redeclare the extension's functions.
 *
 * Use it as a PHPStan `stubFiles` / Psalm `<stubs>` entry or let the IDE
 * index it. This file is the PHP API's one written contract; the PHPUnit
 * suite in tests/php/ checks the real extension against it.
 *
 * php.ini directives (PHP_INI_SYSTEM: php.ini or `php -d` only, never
 * ini_set(); shown by `php --ri quillcrm_sns`):
 * - quillcrm_sns.cache_dir      Directory for the on-disk certificate cache
 *                               (created 0700; files 0600, re-checked on load;
 *                               a file written under test-only trust is never
 *                               read without it).
 *                               Default: empty, no disk cache (a directory
 *                               others can write would be a trust anchor).
 * - quillcrm_sns.test_ca_file   TEST ONLY. A PEM CA file trusted *instead of*
 *                               the bundled web PKI roots for the HTTPS fetches.
 * - quillcrm_sns.test_resolve   TEST ONLY. curl-style `host:port:address[:port]`
 *                               list, comma-separated; under it only the listed
 *                               hosts are reachable (SNS, and SQS for the queue
 *                               intake: `sqs.<region>.amazonaws.com:443:...`).
 * - quillcrm_sns.test_imds_endpoint TEST ONLY. `http://<address>:<port>`: the EC2
 *                               instance metadata service asked for instance role
 *                               credentials instead of http://169.254.169.254.
 *                               Under any other test directive without this one,
 *                               no instance metadata service is asked at all.
 * When any test directive is set, every answer carries `test_trust: true`.
 *
 * @package QuillCRM\Bounce
 */

// phpcs:ignoreFile -- a stub: declarations only, never executed.

if ( false ) {
	/**
	 * Verifies, confirms and classifies one Amazon SNS HTTP(S) delivery.
	 *
	 * The rules run in this order; the first that fails decides the answer:
	 * 1. `key` against `expected_key` (constant time, before the body is
	 *    parsed), then the body size (512 KiB at most).
	 * 2. Strict JSON object, valid UTF-8, no duplicate key, signed fields as
	 *    JSON strings; Lambda spellings (`SigningCertUrl`, `SubscribeUrl`,
	 *    `UnsubscribeUrl`, `"Subject": null`) accepted. A bare SES payload or
	 *    `x-amz-sns-rawdelivery: true` is `raw_message_delivery`.
	 * 3. `Type` and `SignatureVersion` ("1" = SHA1, "2" = SHA256, nothing else).
	 * 4. `SigningCertURL` is exactly
	 *    `https://sns.<topic region>.amazonaws.com[.cn]/SimpleNotificationService-<32 hex>.pem`.
	 * 5./6. The certificate (memory, disk or HTTPS; no redirects, 5 s, 64 KiB):
	 *    one PEM block, names SNS, RSA >= 2048 bits, valid at the Timestamp.
	 * 7. The RSA signature over the SNS string to sign; then, on a message
	 *    whose signature verified, the `min_signature_version` it requires.
	 * 8. The replay window: older than `max_age` or more than 300 s ahead is stale.
	 * 9. `allowed_topics`.
	 * 10. SubscriptionConfirmation: GET the SubscribeURL (only the exact
	 *     ConfirmSubscription call for the same topic, region and token).
	 * 11. UnsubscribeConfirmation: no URL is ever visited.
	 * 12. Notification: the SES payload (`notificationType` or `eventType`)
	 *     classified.
	 *
	 * `$request` keys (any other key is a ValueError, so a typo such as
	 * `allowed_topic` cannot silently drop a restriction):
	 * - `key` (?string): the `key` query argument as received. Missing, null,
	 *   empty or different from `expected_key` -> 403 `invalid_key`.
	 * - `expected_key` (string, REQUIRED: a ValueError when absent): the site's
	 *   secret. An empty `expected_key` rejects everything.
	 * - `headers` (array<string,string>): the request headers; names are
	 *   case-insensitive and may be spelled as in $_SERVER (`HTTP_X_AMZ_SNS_...`).
	 *   Read: `x-amz-sns-message-type` and `x-amz-sns-topic-arn` (when present,
	 *   must equal the signed body's, else 403 `header_mismatch`) and
	 *   `x-amz-sns-rawdelivery` (`true` -> 400 `raw_message_delivery`). Others
	 *   are ignored.
	 * - `allowed_topics` (list<string>): when non-empty, the TopicArn must be
	 *   one of them, compared exactly (403 `topic_not_allowed`).
	 * - `confirm` (bool, default true): visit the SubscribeURL of a verified
	 *   SubscriptionConfirmation. With false the answer is 200 `ignored`.
	 * - `now` (?int, Unix seconds, default: the system clock): the clock for the
	 *   replay window and the certificate cache.
	 * - `max_age` (?int, seconds, default 3900, 0 to `max_queued_age`
	 *   (1,213,500) else ValueError): the replay window (SNS retries an HTTP/S
	 *   delivery for at most 3600 s, plus 300 s of clock skew). Never longer
	 *   than a queued message's, so that exactly-once keys kept
	 *   `max_queued_age + max_future_skew` cover every accepted message.
	 * - `min_signature_version` (?int, 1 or 2 else ValueError, default 1): a
	 *   genuine message signed with a lower SignatureVersion is refused, 403
	 *   `signature_version_not_allowed` (decided after its signature verified,
	 *   so the refusal proves the topic still signs with version 1; a forged
	 *   one is `invalid_signature`).
	 *
	 * Returned array (always exactly these keys, in this order):
	 * - `status` (int): the HTTP status to answer SNS with. 503 only where the
	 *   failure may pass (`cert_unavailable`, `confirmation_failed`), so that
	 *   SNS retries; 4xx are not retried by SNS.
	 * - `outcome` (string): `bounce` | `complaint` | `delivery` | `subscribed` |
	 *   `unsubscribed` | `ignored` (200, nothing to change) | `rejected` (4xx) |
	 *   `retry` (503).
	 * - `error` (?string): null when accepted, else one stable code:
	 *   - `invalid_key`                   403 key missing, empty or wrong; empty expected_key
	 *   - `body_too_large`                413 body over 512 KiB
	 *   - `malformed_body`                400 not a strict JSON object of an SNS message
	 *                                         (bad UTF-8, duplicate key, nesting, bad base64
	 *                                         Signature, bad Timestamp, non-SNS TopicArn...)
	 *   - `raw_message_delivery`          400 a bare SES payload (Raw message delivery is on)
	 *   - `missing_field`                 400 a field SNS always sends is absent
	 *   - `unsupported_type`              400 Type is not one of the three SNS types
	 *   - `unsupported_signature_version` 400 SignatureVersion is not exactly "1" or "2"
	 *   - `invalid_cert_url`              403 SigningCertURL fails the URL policy
	 *   - `cert_unavailable`              503 the certificate could not be fetched (retry)
	 *   - `invalid_certificate`           403 the certificate fails a check
	 *   - `invalid_signature`             403 the signature does not match
	 *   - `stale_message`                 403 Timestamp outside the replay window
	 *   - `topic_not_allowed`             403 TopicArn not in allowed_topics
	 *   - `invalid_subscribe_url`         400 SubscribeURL is not the expected SNS call
	 *   - `confirmation_failed`           503 the confirmation GET failed (retry)
	 *   - `confirmation_refused`          403 SNS refused the confirmation with a 4xx other
	 *                                         than throttling: its token expired or the
	 *                                         subscription is gone (asking again cannot help)
	 *   - `header_mismatch`               403 an x-amz-sns-* header disagrees with the body
	 *   - `signature_version_not_allowed` 403 genuine, but signed below min_signature_version
	 * - `detail` (string): one plain, product-neutral sentence for logs; never
	 *   the key; untrusted input only quoted truncated (40 characters) and
	 *   escaped (printable ASCII).
	 * - `type`, `message_id`, `topic_arn`, `timestamp` (?string),
	 *   `signature_version` (?int, 1 or 2), `subscribe_url` (?string, the
	 *   confirmation types only): from the body once it parsed; null before
	 *   that. Untrusted when the outcome is `rejected` or `retry`, except
	 *   after `topic_not_allowed` and `signature_version_not_allowed`, which
	 *   are decided on a message whose signature verified.
	 * - `subscription_arn` (?string): after a confirmation, the SubscriptionArn
	 *   from SNS's ConfirmSubscription answer.
	 * - `notification` (?array): the SES facts of a Notification whose Message
	 *   is SES JSON: `kind` (`Bounce`, `Complaint`, `Delivery`, `Send`,
	 *   `AmazonSnsSubscriptionSucceeded`, ...), `format` (`notification` for
	 *   `notificationType`, `event` for `eventType`), `mail_message_id`,
	 *   `feedback_id`, `bounce_type` (`Permanent` | `Transient` |
	 *   `Undetermined`), `bounce_sub_type`, `complaint_feedback_type`,
	 *   `complaint_sub_type` (null, or `OnAccountSuppressionList` when SES
	 *   refused to send and nobody complained), `source`, `timestamp` (the SES
	 *   event's), `mail_timestamp` (when the message was sent: SES does not
	 *   deliver events in order, this one orders them); each ?string.
	 * - `recipients` (list): one entry per affected address, from
	 *   `bouncedRecipients` / `complainedRecipients` / `delivery.recipients`
	 *   (never `mail.destination`): `email` (bare address from `Name <addr>`,
	 *   ASCII letters lower-cased, nothing else folded), `applies_to` (?string:
	 *   the address of the message's `mail.destination` the event applies to;
	 *   null when the reported address is not one the message was sent to, and
	 *   then it must change nothing; a bounce of a message sent to exactly one
	 *   address applies to that address, as a forwarded mailbox reports its
	 *   final recipient), `class` (`hard` for Permanent; `soft` for Transient
	 *   and Undetermined; `complaint`, except `not-spam` in any letter case,
	 *   which is ignored; `delivery`), `status` (enhanced status code such as `5.1.1`, bounces
	 *   only), `action` (bounces only), `diagnostic` (bounce diagnosticCode, or
	 *   the delivery smtpResponse).
	 * - `certificate_source` (?string): where the signing key came from when
	 *   one was needed: `memory` | `disk` | `network`; null otherwise.
	 * - `test_trust` (bool): true when a test-only trust directive is set.
	 *
	 * @param string $body    The raw request body (bytes; read past NUL bytes).
	 * @param array{
	 *     key?: string|null,
	 *     expected_key: string,
	 *     headers?: array<string, string>,
	 *     allowed_topics?: list<string>,
	 *     confirm?: bool,
	 *     now?: int|null,
	 *     max_age?: int<0, 1213500>|null,
	 *     min_signature_version?: 1|2|null
	 * } $request The request and the site's settings.
	 *
	 * @return array{
	 *     status: 200|400|403|413|503,
	 *     outcome: 'bounce'|'complaint'|'delivery'|'subscribed'|'unsubscribed'|'ignored'|'rejected'|'retry',
	 *     error: null|'invalid_key'|'body_too_large'|'malformed_body'|'raw_message_delivery'|'missing_field'|'unsupported_type'|'unsupported_signature_version'|'invalid_cert_url'|'cert_unavailable'|'invalid_certificate'|'invalid_signature'|'stale_message'|'topic_not_allowed'|'invalid_subscribe_url'|'confirmation_failed'|'confirmation_refused'|'header_mismatch'|'signature_version_not_allowed',
	 *     detail: non-empty-string,
	 *     type: null|'Notification'|'SubscriptionConfirmation'|'UnsubscribeConfirmation',
	 *     message_id: string|null,
	 *     topic_arn: string|null,
	 *     timestamp: string|null,
	 *     signature_version: 1|2|null,
	 *     subscribe_url: string|null,
	 *     subscription_arn: string|null,
	 *     notification: null|array{
	 *         kind: string,
	 *         format: 'notification'|'event'|null,
	 *         mail_message_id: string|null,
	 *         feedback_id: string|null,
	 *         bounce_type: string|null,
	 *         bounce_sub_type: string|null,
	 *         complaint_feedback_type: string|null,
	 *         complaint_sub_type: string|null,
	 *         source: string|null,
	 *         timestamp: string|null,
	 *         mail_timestamp: string|null
	 *     },
	 *     recipients: list<array{
	 *         email: non-empty-string,
	 *         applies_to: non-empty-string|null,
	 *         class: 'hard'|'soft'|'complaint'|'delivery',
	 *         status: string|null,
	 *         action: string|null,
	 *         diagnostic: string|null
	 *     }>,
	 *     certificate_source: 'memory'|'disk'|'network'|null,
	 *     test_trust: bool
	 * }
	 *
	 * @throws TypeError  A wrong type for $body, $request or a $request value
	 *                    (e.g. `key` int, `headers` string, `allowed_topics`
	 *                    not an array, `confirm` not a bool, `now` not an int).
	 * @throws ValueError `expected_key` missing, an unknown or integer
	 *                    $request key, a `max_age` out of range, or a
	 *                    `min_signature_version` other than 1 or 2.
	 */
	function quillcrm_sns_handle( string $body, array $request = array() ): array {}

	/**
	 * Whether $arn is an Amazon SNS topic ARN as quillcrm_sns_handle()
	 * accepts it: `arn:<aws|aws-cn|aws-us-gov>:sns:<region>:<12 digits>:<name>`,
	 * the region valid for the partition (China regions only in aws-cn), the
	 * name 1 to 256 of `A-Za-z0-9_-`, optionally ending in `.fifo`.
	 *
	 * @param string $arn The candidate.
	 *
	 * @throws TypeError $arn is not a string.
	 */
	function quillcrm_sns_is_topic_arn( string $arn ): bool {}

	/**
	 * The extension's version, settings and protocol constants.
	 *
	 * - `version`: the extension (crate) version, also phpversion('quillcrm_sns').
	 * - `implementation`: `extension` (the plain-PHP fallback says `php`).
	 * - `test_trust`: whether a test-only trust directive is set.
	 * - `cache_dir`: the certificate cache directory ('' when the disk cache
	 *   is off, i.e. the directive is empty).
	 * - `cache_dir_state`: what the extension makes of that directory now,
	 *   as it checks it at every read and write: `private` (a real directory
	 *   of the PHP user nobody else can enter: used), `missing` (the first
	 *   fetched certificate creates it, mode 0700), `not_private` (a link,
	 *   another user's, or open to others: never used), `off` (no disk cache;
	 *   always so in the fallback, which keeps certificates in an option).
	 * - `test_ca_file`, `test_resolve`, `test_imds_endpoint`: the directives'
	 *   values ('' when unset; the fallback has no `test_imds_endpoint`).
	 * - `cached_certificates`: certificate URLs held in this process's memory.
	 * - `configuration_error`: why the test trust directives are unusable (an
	 *   unreadable CA file, a bad resolve entry), else null. While set, the
	 *   rules still run but nothing is fetched: a certificate that is not
	 *   cached is 503 `cert_unavailable`, a confirmation 503
	 *   `confirmation_failed` (fail closed, and retryably).
	 * - `replay_window`: the default `max_age`, seconds (3900).
	 * - `max_future_skew`: how far ahead of `now` a Timestamp may be, seconds
	 *   (300). A message is accepted at most `max_age + max_future_skew`
	 *   seconds after it was first received, so exactly-once keys must be kept
	 *   at least that long.
	 * - `max_queued_age`: the longest `max_age` quillcrm_sns_handle_queued()
	 *   accepts, seconds (1,213,500: 14 days of SQS retention, plus the hour
	 *   SNS may take to hand a message over, plus skew).
	 * - `max_queue_retention`: the longest `retention` it accepts, seconds
	 *   (1,209,600: the 14 days SQS keeps a message at most).
	 * - `max_body_bytes`: the largest body quillcrm_sns_handle() reads;
	 *   a larger one is 413 `body_too_large` (524,288: 512 KiB).
	 *
	 * @return array{
	 *     version: non-empty-string,
	 *     implementation: 'extension'|'php',
	 *     test_trust: bool,
	 *     cache_dir: string,
	 *     cache_dir_state: 'private'|'missing'|'not_private'|'off',
	 *     test_ca_file: string,
	 *     test_resolve: string,
	 *     test_imds_endpoint: string,
	 *     cached_certificates: int<0, max>,
	 *     configuration_error: string|null,
	 *     replay_window: positive-int,
	 *     max_future_skew: positive-int,
	 *     max_queued_age: positive-int,
	 *     max_queue_retention: positive-int,
	 *     max_body_bytes: positive-int
	 * }
	 */
	function quillcrm_sns_info(): array {}

	/**
	 * Verifies, confirms and classifies one message taken from an Amazon SQS
	 * queue subscribed to an SNS topic with Raw message delivery off: the
	 * message body is the same signed JSON envelope SNS POSTs to a webhook,
	 * and it goes through the same rules as quillcrm_sns_handle() but rule 1
	 * (a queue has no key and no headers). Whoever can write to the queue
	 * still cannot forge a bounce. EXTENSION ONLY: the plain-PHP fallback
	 * does not define it.
	 *
	 * `$request` keys (any other key, `key`, `expected_key` and `headers`
	 * included, is a ValueError): `allowed_topics`, `confirm`, `now` and
	 * `min_signature_version` as for quillcrm_sns_handle(), and
	 * - `retention` (?int, seconds, 0 to `max_queue_retention` (1,209,600)
	 *   else ValueError; default 345,600, SQS's own): the queue's
	 *   MessageRetentionPeriod. The replay window is then the retention plus
	 *   `replay_window` (the time SNS may take to hand a message over).
	 * - `max_age` (?int, seconds, 0 to `max_queued_age` (1,213,500) else
	 *   ValueError): the replay window itself, instead of `retention` (both is
	 *   a ValueError).
	 *   Keep exactly-once keys at least the window plus `max_future_skew`.
	 *
	 * Returns exactly the array of quillcrm_sns_handle() (a bare SES payload
	 * is `raw_message_delivery`; `invalid_key` never occurs).
	 *
	 * @param string $body    The message body as SQS returned it.
	 * @param array{
	 *     allowed_topics?: list<string>,
	 *     confirm?: bool,
	 *     now?: int|null,
	 *     max_age?: int<0, 1213500>|null,
	 *     retention?: int<0, 1209600>|null,
	 *     min_signature_version?: 1|2|null
	 * } $request The site's settings.
	 *
	 * @throws TypeError  A wrong type for $body, $request or a $request value.
	 * @throws ValueError An unknown key, `max_age` or `retention` out of range
	 *                    or both given, a `min_signature_version` other than
	 *                    1 or 2.
	 */
	function quillcrm_sns_handle_queued( string $body, array $request = array() ): array {}

	/**
	 * Whether $url is an Amazon SQS queue URL as the queue intake accepts it:
	 * exactly `https://sqs.<region>.amazonaws.com/<12-digit account>/<name>`
	 * (`.amazonaws.com.cn` for China regions), the name 1 to 80 of
	 * `A-Za-z0-9_-` (a standard queue: SES publishes to standard SNS
	 * topics, which cannot send to a FIFO queue, `<name>.fifo`); no port,
	 * query, fragment, user information or other path. EXTENSION ONLY.
	 *
	 * @param string $url The candidate.
	 *
	 * @throws TypeError $url is not a string.
	 */
	function quillcrm_sns_is_queue_url( string $url ): bool {}

	/**
	 * The parts of $url when quillcrm_sns_is_queue_url() accepts it, else
	 * null. EXTENSION ONLY.
	 *
	 * @param string $url The candidate.
	 * @return array{region: non-empty-string, account: non-empty-string, name: non-empty-string}|null
	 *
	 * @throws TypeError $url is not a string.
	 */
	function quillcrm_sns_queue_url_parts( string $url ): ?array {}

	/**
	 * One Amazon SQS call (AWS JSON 1.0 protocol, SigV4-signed by AWS's
	 * aws-sigv4 crate, sent over the extension's HTTPS client: bundled roots,
	 * no redirects, no proxy, 10 s plus the long-poll wait, answers capped)
	 * on the queue at $queue_url. EXTENSION ONLY.
	 *
	 * `$operation`:
	 * - `receive`: ReceiveMessage; `messages` holds what it returned. A
	 *   batch whose answer is too large to read (ten messages near SQS's
	 *   1 MiB) is asked for again as one message, without waiting, so such a
	 *   message reaches quillcrm_sns_handle_queued() (which refuses a body
	 *   over 512 KiB) instead of failing every receive. Every message of the
	 *   unread batch is received again after the visibility timeout, and
	 *   `narrowed` says so (also when the one-message call failed): asking
	 *   for one message at a time until then keeps those messages out of
	 *   another unread batch (each unread receive counts towards a
	 *   dead-letter queue's maxReceiveCount).
	 * - `delete`: DeleteMessageBatch of `receipt_handles`.
	 * - `change_visibility`: ChangeMessageVisibilityBatch of `receipt_handles`
	 *   to `visibility_timeout` (default 0: visible again now).
	 * - `attributes`: GetQueueAttributes (All); `attributes` holds them as SQS
	 *   writes them (ApproximateNumberOfMessages, ...NotVisible, ...Delayed,
	 *   MessageRetentionPeriod, VisibilityTimeout, RedrivePolicy, ...).
	 *
	 * `$options` keys (any other is a ValueError):
	 * - `credentials` (?array{access_key_id: string, secret_access_key: string,
	 *   session_token?: ?string}): used when given (the plugin's wp-config.php
	 *   constants); malformed ones are the answer `aws_bad_credentials`, never
	 *   a fall-back. Otherwise the environment (AWS_ACCESS_KEY_ID,
	 *   AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), otherwise the EC2 instance
	 *   role through IMDSv2 (kept in memory until 5 minutes before expiry).
	 *   Never returned, quoted or logged.
	 * - `max_messages` (?int, 1 to 10, default 10), `wait_seconds` (?int, 0 to
	 *   20, default 0: the long poll), `visibility_timeout` (?int, 0 to 43,200).
	 * - `receipt_handles` (list<string>, at most 10).
	 *
	 * Returned array (always these keys, in this order):
	 * - `ok` (bool), `status` (int: 200, or the error's), `error` (?string),
	 *   `detail` (string: one sentence; AWS's error code at most, never a
	 *   credential, signature, URL or AWS's message text), `retry` (bool: the
	 *   same call may succeed later), `credentials_source` (?string: `given`,
	 *   `environment`, `instance_role`; null when none were found).
	 * - `messages` (list<array{message_id: string, receipt_handle: string,
	 *   body: string, receive_count: int, sent_at: ?int}>): `sent_at` is
	 *   SentTimestamp in Unix seconds.
	 * - `narrowed` (bool): `receive` only; the batch was too large to read and
	 *   one message was asked for instead (see above); `ok` may then be true
	 *   with no message.
	 * - `succeeded` (list<int>), `failed` (list<array{index: int, code:
	 *   string}>): positions in `receipt_handles`, for the batch calls.
	 * - `attributes` (array<string, string>).
	 *
	 * Error codes:
	 *   - `invalid_queue_url`      400 the URL fails the policy (quillcrm_sns_is_queue_url())
	 *   - `aws_no_credentials`     401 none given, none in the environment, no instance role
	 *   - `aws_bad_credentials`    401 malformed, unknown to AWS or expired (InvalidClientTokenId,
	 *                                  SignatureDoesNotMatch, ExpiredToken, ...)
	 *   - `aws_clock_skewed`       401 RequestTimeTooSkewed: this server's clock is wrong
	 *   - `aws_access_denied`      403 AccessDenied: IAM or the queue policy does not allow it
	 *   - `aws_queue_not_found`    404 QueueDoesNotExist
	 *   - `aws_request_rejected`   400 any other refusal
	 *   - `aws_throttled`          503 throttling (retry)
	 *   - `aws_unavailable`        503 an AWS 5xx (retry)
	 *   - `aws_unreachable`        503 network, DNS, TLS, timeout (retry)
	 *   - `aws_bad_answer`         503 an answer that is not AWS's JSON (retry)
	 *
	 * @param string $operation receive|delete|change_visibility|attributes.
	 * @param string $queue_url The queue.
	 * @param array{
	 *     credentials?: array{access_key_id: string, secret_access_key: string, session_token?: string|null}|null,
	 *     max_messages?: int<1, 10>|null,
	 *     wait_seconds?: int<0, 20>|null,
	 *     visibility_timeout?: int<0, 43200>|null,
	 *     receipt_handles?: list<string>
	 * } $options
	 *
	 * @return array{
	 *     ok: bool,
	 *     status: 200|400|401|403|404|503,
	 *     error: null|'invalid_queue_url'|'aws_no_credentials'|'aws_bad_credentials'|'aws_clock_skewed'|'aws_access_denied'|'aws_queue_not_found'|'aws_request_rejected'|'aws_throttled'|'aws_unavailable'|'aws_unreachable'|'aws_bad_answer',
	 *     detail: non-empty-string,
	 *     retry: bool,
	 *     credentials_source: 'given'|'environment'|'instance_role'|null,
	 *     messages: list<array{message_id: string, receipt_handle: string, body: string, receive_count: int, sent_at: int|null}>,
	 *     narrowed: bool,
	 *     succeeded: list<int>,
	 *     failed: list<array{index: int, code: string}>,
	 *     attributes: array<string, string>
	 * }
	 *
	 * @throws TypeError  A wrong type for an argument or an option.
	 * @throws ValueError An unknown operation or option, an option out of range,
	 *                    more than 10 receipt handles.
	 */
	function quillcrm_sns_sqs( string $operation, string $queue_url, array $options = array() ): array {}

	/**
	 * "Set up in AWS": each step reads first and writes only what differs,
	 * so a second run changes nothing and says so (steps left for later
	 * stay `skipped`, with their `note`). The steps, in order
	 * (`step` ids): `topic` (an ARN is checked; a name is found among the
	 * region's topics or created), `topic_signature_version` (2),
	 * for intake `sqs`: `queue` (found or created with 14-day retention),
	 * `queue_retention` (1,209,600 s), `queue_policy` (a statement letting
	 * the topic send, condition aws:SourceArn, its Sid one per topic; others
	 * kept),
	 * `queue_encryption` (read only: the AWS-managed alias/aws/sqs key fails
	 * with `queue_kms_aws_managed`), `subscription` (raw delivery off),
	 * `subscription_raw_delivery`; for intake `webhook`: `subscription` (the
	 * URL with `delivery_policy`), `subscription_raw_delivery`,
	 * `subscription_delivery_policy`; with `identity`: `identity_bounce`,
	 * `identity_complaint` (SetIdentityNotificationTopic),
	 * `feedback_forwarding` (off only once both have a topic, no step
	 * failed and the subscription is confirmed); with
	 * `configuration_set`: `configuration_set` (an SNS event destination
	 * `quillcrm-bounce` for bounce and complaint). A step whose input an
	 * earlier step failed to give is `skipped`; so are, with their `note`,
	 * a pending subscription's attributes (`after_confirmation`) and
	 * `feedback_forwarding` while it must stay on (`not_covered`,
	 * `intake_not_ready`).
	 *
	 * `$options` keys (strings or null; any other key is a ValueError):
	 * `region`, `topic` (an SNS topic ARN, whose region wins, or a name),
	 * `intake` (sqs|webhook), `queue_name`, `webhook_url`, `delivery_policy`
	 * (JSON object), `identity` (an SES domain or address),
	 * `configuration_set`, `credentials` (as quillcrm_sns_sqs() reads them),
	 * and `queue_url`, which setup accepts and does not use (the doctor and
	 * setup read one set of keys).
	 *
	 * Returned array (always these keys, in this order): `ok` (bool: no step
	 * failed), `error` (?string: the run's, or the first failed step's),
	 * `detail`, `retry`, `iam_action` (?string: the IAM action AWS denied,
	 * e.g. `sns:CreateTopic`), `credentials_source`, `topic_arn`,
	 * `queue_url`, `subscription_arn` (?string each), `steps`. A step's
	 * `subject` is what it is about (an ARN, the queue URL, the identity);
	 * a webhook URL is never in it whole: its query values, fragment and
	 * user information are replaced by `…` (its `key` is the site's secret).
	 *
	 * Error codes: those of quillcrm_sns_sqs() (but invalid_queue_url), and
	 * `invalid_region`, `invalid_topic`, `invalid_intake`,
	 * `invalid_queue_name`, `invalid_webhook_url`, `invalid_delivery_policy`,
	 * `invalid_identity`, `invalid_configuration_set` (an option), and for a
	 * step `topic_not_found`, `queue_kms_aws_managed`, `queue_policy_denies`.
	 *
	 * @param array{
	 *     region?: string|null, topic?: string|null, intake?: string|null,
	 *     queue_name?: string|null, webhook_url?: string|null, delivery_policy?: string|null,
	 *     identity?: string|null, configuration_set?: string|null,
	 *     credentials?: array{access_key_id: string, secret_access_key: string, session_token?: string|null}|null
	 * } $options
	 *
	 * @return array{
	 *     ok: bool,
	 *     error: string|null,
	 *     detail: non-empty-string,
	 *     retry: bool,
	 *     iam_action: string|null,
	 *     credentials_source: 'given'|'environment'|'instance_role'|null,
	 *     topic_arn: string|null,
	 *     queue_url: string|null,
	 *     subscription_arn: string|null,
	 *     steps: list<array{step: string, outcome: 'created'|'already'|'changed'|'failed'|'skipped', subject: string, error: string|null, detail: string|null, iam_action: string|null, retry: bool, note: 'pending'|'after_confirmation'|'not_covered'|'intake_not_ready'|null}>
	 * }
	 *
	 * @throws TypeError  A wrong type for an option.
	 * @throws ValueError An unknown option.
	 */
	function quillcrm_sns_aws_setup( array $options = array() ): array {}

	/**
	 * One read-only check of the AWS side (no call writes anything):
	 * - `subscription`: the queue's or webhook URL's subscription on the
	 *   topic: `subscription_missing`, `subscription_pending`,
	 *   `subscription_raw_delivery` (critical); `subscription_delivery_policy`
	 *   (webhook), `subscription_no_dead_letter_queue`,
	 *   `subscription_topic_shared` (facts others, endpoints) (recommended);
	 *   `subscription_ok`.
	 * - `queue`: `queue_retention_short` (recommended; fact
	 *   retention_seconds), `queue_kms_aws_managed`, `queue_policy_missing`
	 *   (critical), `queue_ok`, `queue_not_used` (webhook intake); facts
	 *   depth, in_flight, delayed, retention_seconds.
	 * - `identity`: `identity_topic_missing` (critical),
	 *   `identity_topic_elsewhere`, `identity_feedback_forwarding`
	 *   (recommended; facts kind, topic_arn), `identity_ok`,
	 *   `identity_not_configured`.
	 * - `configuration_set`: `configuration_set_no_destination`,
	 *   `configuration_set_destination_disabled` (critical),
	 *   `configuration_set_missing_events` (recommended; fact missing),
	 *   `configuration_set_ok`, `configuration_set_not_used`.
	 * - `send_statistics`: `send_statistics` (good); facts data_points,
	 *   delivery_attempts, bounces, complaints, rejects, first, last: AWS's
	 *   own counts over its last two weeks.
	 *
	 * `$options`: the keys of quillcrm_sns_aws_setup(); the doctor reads
	 * `topic` (an ARN), `queue_url` (intake sqs) and the others it checks,
	 * and accepts `queue_name` without using it.
	 *
	 * Returned array (always these keys, in this order): `ok`, `error`,
	 * `detail`, `retry`, `iam_action`, `credentials_source` (as
	 * quillcrm_sns_aws_setup()'s), `findings`, `facts`.
	 *
	 * @param string $check subscription|queue|identity|configuration_set|send_statistics.
	 * @param array{
	 *     topic?: string|null, intake?: string|null, queue_url?: string|null,
	 *     webhook_url?: string|null, delivery_policy?: string|null,
	 *     identity?: string|null, configuration_set?: string|null,
	 *     credentials?: array{access_key_id: string, secret_access_key: string, session_token?: string|null}|null
	 * } $options
	 *
	 * @return array{
	 *     ok: bool,
	 *     error: string|null,
	 *     detail: non-empty-string,
	 *     retry: bool,
	 *     iam_action: string|null,
	 *     credentials_source: 'given'|'environment'|'instance_role'|null,
	 *     findings: list<array{code: string, status: 'good'|'recommended'|'critical', facts: array<string, string>}>,
	 *     facts: array<string, string>
	 * }
	 *
	 * @throws TypeError  A wrong type for an argument or an option.
	 * @throws ValueError An unknown option.
	 */
	function quillcrm_sns_aws_doctor( string $check, array $options = array() ): array {}
}
