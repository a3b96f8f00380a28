<?php
/**
 * Turns the extension's verdict on one SNS delivery into database changes.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The order of rules after the extension has looked at a delivery:
 *
 * 1. a genuine SubscriptionConfirmation (the extension verified it and did
 *    not visit its URL) → pin its topic when none is pinned, record it as
 *    confirming, and only then have the extension visit the SubscribeURL;
 *    record the SubscriptionArn; action quillcrm_bounce_subscription_confirmed.
 *    One of another topic (refused, 403) is kept for "Accept and confirm".
 * 2. unsubscribed → record it, log.
 * 3. bounce / complaint / delivery while no topic is pinned → 403
 *    topic_not_allowed, logged (only a confirmed subscription pins a topic).
 * 4. bounce / complaint / delivery → one transaction: claim 'msg:MessageId'
 *    (taken → duplicate, rolled back, answered 200), claim
 *    'fb:feedbackId:address' per recipient ('dlv:mail messageId:address' for
 *    a delivery; taken → that recipient is skipped), apply the contact rules, log (not deliveries: they come once
 *    per mail sent and are counted instead), record each fresh recipient
 *    by address; COMMIT; then fire the actions.
 * 5. ignored / rejected / retry → log, answer the extension's status.
 *
 * A database error rolls everything back and answers 503 so SNS retries.
 * Every `detail` is plain English (machine-facing, like the extension's).
 */
final class DeliveryProcessor {

	/**
	 * Processes one result of quillcrm_sns_handle() (a webhook delivery) or
	 * quillcrm_sns_handle_queued() (a message from the SQS queue), called
	 * with `confirm` false.
	 *
	 * @param array<string, mixed> $result          The extension's array.
	 * @param array<string, mixed> $request         The request it was called with.
	 * @param string               $body            The signed body (to confirm a subscription, or keep it).
	 * @return array{status: int, outcome: string, error: ?string, detail: string, event_id: int, prune_tick: int}
	 *               `prune_tick`: the log row's id, or for a delivery (no log row) the delivery count (Retention::maybe_prune_after()).
	 */
	public static function process( array $result, array $request, string $body ): array {
		$status  = (int) ( $result['status'] ?? 503 );
		$outcome = (string) ( $result['outcome'] ?? 'retry' );
		$error   = isset( $result['error'] ) ? (string) $result['error'] : null;
		$detail  = (string) ( $result['detail'] ?? '' );
		$topics  = (array) $request['allowed_topics'];

		if ( array() === $topics && in_array( $outcome, array( 'bounce', 'complaint', 'delivery' ), true ) ) {
			// The extension accepts any topic while none is pinned, so that
			// the first SubscriptionConfirmation can pin its own.
			$status  = 403;
			$outcome = 'rejected';
			$error   = 'topic_not_allowed';
			$detail  = 'No topic is accepted yet: the next confirmed subscription pins its topic, or add the TopicArn under Accepted topics.';
		}
		if ( null === $error && 2 === ( $result['signature_version'] ?? null ) ) {
			Settings::note_signature_v2_seen();
		}

		try {
			if ( self::is_genuine_confirmation( $result ) ) {
				return self::confirm( $result, $request, $body );
			}
			switch ( $outcome ) {
				case 'unsubscribed':
					Subscription::record_unsubscribed( (string) $result['topic_arn'] );
					$id = EventLog::record( $status, $outcome, $result, array(), null, $detail );
					return self::answer( $status, $outcome, null, $detail, $id );
				case 'bounce':
				case 'complaint':
				case 'delivery':
					return self::notification( $result, $status, $outcome, $detail );
			}
		} catch ( DatabaseError $db_error ) {
			return self::database_failed( $result, $db_error );
		}

		if ( 'topic_not_allowed' === $error && 'SubscriptionConfirmation' === ( $result['type'] ?? null ) ) {
			// Verified (topic_not_allowed comes after the signature), but of
			// another topic; SNS will not retry a 403, so keep it.
			Subscription::keep_refused( $result, $body );
		}
		if ( 'signature_version_not_allowed' === $error ) {
			Counters::bump( Counters::SIGNATURE_V1_REFUSED );
		}
		// ignored, rejected, retry: nothing to change; the log is best effort.
		$id = EventLog::try_record( $status, $outcome, $result, $error, $detail );
		return self::answer( $status, $outcome, $error, $detail, $id );
	}

	/**
	 * Whether the extension verified a SubscriptionConfirmation of an
	 * accepted topic (or of any, while none is pinned) and left its URL
	 * unvisited.
	 *
	 * @param array<string, mixed> $result The extension's array.
	 */
	private static function is_genuine_confirmation( array $result ): bool {
		return 'SubscriptionConfirmation' === ( $result['type'] ?? null )
			&& 'ignored' === ( $result['outcome'] ?? null )
			&& null === ( $result['error'] ?? null );
	}

	/**
	 * A genuine SubscriptionConfirmation: accept its topic here first, then
	 * confirm at AWS, so that AWS never has a live subscription whose
	 * notifications this site refuses.
	 *
	 * @param array<string, mixed> $result  Extension result (confirm false).
	 * @param array<string, mixed> $request The request.
	 * @param string               $body    The signed body.
	 * @throws DatabaseError When the state cannot be recorded.
	 */
	private static function confirm( array $result, array $request, string $body ): array {
		$topic_arn = (string) $result['topic_arn'];
		if ( ! in_array( $topic_arn, (array) $request['allowed_topics'], true ) && ! Settings::pin_topic( $topic_arn ) && ! in_array( $topic_arn, Settings::accepted_topics() ?? array(), true ) ) {
			// Another topic was pinned by a concurrent first confirmation.
			Subscription::keep_refused( $result, $body );
			$detail = 'Another topic was accepted first; this subscription was not confirmed. It can be accepted on the Bounce Handling settings page.';
			$id     = EventLog::try_record( 403, 'rejected', $result, 'topic_not_allowed', $detail );
			return self::answer( 403, 'rejected', 'topic_not_allowed', $detail, $id );
		}
		Subscription::record_confirming( $topic_arn );

		$confirming = array_merge(
			$request,
			array(
				'allowed_topics' => array( $topic_arn ),
				'confirm'        => true,
			)
		);
		// A webhook request carries its key; a queued message has none.
		$confirmed = isset( $request['expected_key'] ) ? Extension::handle( $body, $confirming ) : Extension::handle_queued( $body, $confirming );
		if ( 'subscribed' !== $confirmed['outcome'] ) {
			// 503 confirmation_failed: SNS (or the queue) brings it again;
			// 403 confirmation_refused: the token expired, asking again cannot help.
			$id = EventLog::try_record( (int) $confirmed['status'], (string) $confirmed['outcome'], $confirmed, $confirmed['error'], (string) $confirmed['detail'] );
			return self::answer( (int) $confirmed['status'], (string) $confirmed['outcome'], $confirmed['error'], (string) $confirmed['detail'], $id );
		}
		$subscription_arn = isset( $confirmed['subscription_arn'] ) ? (string) $confirmed['subscription_arn'] : null;
		Subscription::record_confirmed( $topic_arn, $subscription_arn );
		$id = EventLog::try_record( 200, 'subscribed', $confirmed, null, (string) $confirmed['detail'] );
		self::fire(
			'quillcrm_bounce_subscription_confirmed',
			$topic_arn,
			array(
				'topic_arn'        => $topic_arn,
				'subscription_arn' => $subscription_arn,
				'message_id'       => $result['message_id'] ?? null,
				'timestamp'        => $result['timestamp'] ?? null,
			)
		);
		return self::answer( 200, 'subscribed', null, (string) $confirmed['detail'], $id );
	}

	/**
	 * A verified SES bounce, complaint or delivery notification.
	 *
	 * @param array<string, mixed> $result  Extension result.
	 * @param int                  $status  Its status (200).
	 * @param string               $outcome bounce|complaint|delivery.
	 * @param string               $detail  Its detail.
	 * @throws DatabaseError When the transaction fails for good.
	 */
	private static function notification( array $result, int $status, string $outcome, string $detail ): array {
		$message_id   = (string) ( $result['message_id'] ?? '' );
		$notification = is_array( $result['notification'] ?? null ) ? $result['notification'] : array();
		$recipients   = self::recipients( $result );
		$settings     = array(
			'threshold'        => Settings::soft_threshold(),
			'window_days'      => Settings::soft_window_days(),
			'now'              => time(),
			'complaint_action' => Settings::complaint_action(),
		);
		$policy       = Settings::policy();
		$sent_at      = ContactRules::send_time( (string) ( $notification['mail_timestamp'] ?? '' ) ) ?? $settings['now'] * 1000;
		$logged       = 'delivery' !== $outcome; // Deliveries are counted, not logged.

		$applied = Transaction::run(
			static function () use ( $result, $status, $outcome, $detail, $message_id, $recipients, $settings, $policy, $notification, $sent_at, $logged ) {
				// Usually every key is new: all of them in one INSERT. When
				// one is taken, that INSERT claimed nothing and the keys are
				// claimed one by one below, in the same order (except a
				// message key the error names as taken: a resend).
				$all_new = DedupKeys::claim_all( self::dedup_keys( $message_id, $notification, $recipients ) );
				if ( ! $all_new && '' !== $message_id ) {
					$message_key = DedupKeys::for_message( $message_id );
					if ( DedupKeys::last_error_names( $message_key ) || ! DedupKeys::claim( $message_key ) ) {
						return null; // Already processed; nothing was written.
					}
				}
				$applied    = array();
				$applied_to = array(); // A contact is changed once per notification.
				$fresh      = 0;
				foreach ( $recipients as $recipient ) {
					$event  = BouncePolicy::effect( $recipient, $notification, $policy ) + array( 'sent_at' => $sent_at );
					$key     = DedupKeys::for_event( $notification, $recipient['email'] );
					$claimed = $all_new || null === $key || DedupKeys::claim( $key );
					// Two reported addresses of one mailbox (a mail sent to one
					// address that forwards), or an address listed twice; a
					// soft bounce of a mail already counted for the contact
					// (the forward's other mailboxes, in their own notifications).
					$repeat = null !== $recipient['applies_to'] && in_array( $recipient['applies_to'], $applied_to, true );
					if ( ! $claimed || $repeat || ( null !== $recipient['applies_to'] && ! self::first_soft_bounce_of_mail( $event['effect'], $notification, $recipient['applies_to'] ) ) ) {
						$change = array(
							'result'            => 'duplicate',
							'contact_id'        => null,
							'contact_address'   => null,
							'soft_bounce_count' => null,
							'actions'           => array(),
						);
					} else {
						$change       = ContactUpdater::apply( $recipient, $event, $settings );
						$applied_to[] = $recipient['applies_to'];
						++$fresh;
					}
					$applied[] = $recipient + $change + array(
						'effect' => $event['effect'],
						'reason' => $event['reason'],
					);
				}
				$final = ( array() !== $recipients && 0 === $fresh ) ? 'duplicate' : $outcome;
				$note  = 'duplicate' === $final ? self::duplicate_detail() : $detail;
				$id    = 0;
				if ( $logged ) {
					$rows = array_map( static fn( $r ) => array_diff_key( $r, array( 'actions' => true, 'contact_address' => true ) ), $applied );
					$id   = EventLog::record( $status, $final, $result, $rows, null, $note );
				}
				// Each fresh recipient, by address (deliveries too: the rates
				// count sends), in the same transaction.
				RecipientEvents::record( $applied, $result, $id, intdiv( $sent_at, 1000 ) );
				return array(
					'outcome'    => $final,
					'detail'     => $note,
					'event_id'   => $id,
					'recipients' => $applied,
				);
			}
		);

		Settings::note_notification( $settings['now'] );
		if ( null === $applied ) {
			// Duplicate MessageId: the transaction was empty; log outside it.
			$id = $logged ? EventLog::try_record( 200, 'duplicate', $result, null, self::duplicate_detail() ) : 0;
			return self::answer( 200, 'duplicate', null, self::duplicate_detail(), $id );
		}
		// Pruning is due every Retention::PRUNE_EVERY-th log row, or delivery.
		$prune_tick = $applied['event_id'];
		if ( ! $logged ) {
			// After COMMIT, so that concurrent deliveries do not queue on it.
			$prune_tick = Counters::bump( Counters::DELIVERIES );
		}

		foreach ( $applied['recipients'] as $recipient ) {
			$event = self::event( $result, $recipient, $settings['threshold'] );
			foreach ( $recipient['actions'] as $action ) {
				self::fire( 'quillcrm_bounce_contact_' . $action, $event['email'], $event );
			}
		}
		return array( 'prune_tick' => $prune_tick ) + self::answer( $status, $applied['outcome'], null, $applied['detail'], $applied['event_id'] );
	}

	/**
	 * Whether a soft bounce is the first of its mail for the contact (its
	 * key claimed now); any other event is.
	 *
	 * @param string               $effect       The event's effect.
	 * @param array<string, mixed> $notification The extension's `notification`.
	 * @param string               $applies_to   The contact's address.
	 * @throws DatabaseError On a database error.
	 */
	private static function first_soft_bounce_of_mail( string $effect, array $notification, string $applies_to ): bool {
		$key = BouncePolicy::SOFT === $effect ? DedupKeys::for_soft_bounce( $notification, $applies_to ) : null;
		return null === $key || DedupKeys::claim( $key );
	}

	/**
	 * The exactly-once keys of a notification, in claim order: the message,
	 * then one per recipient (sorted by address, see recipients()). An
	 * address listed twice gives the same key twice: DedupKeys::claim_all()
	 * then fails and the second one is claimed as a duplicate, as before.
	 *
	 * @param string                           $message_id   SNS MessageId ('' when none).
	 * @param array<string, mixed>             $notification The extension's `notification`.
	 * @param array<int, array<string, mixed>> $recipients   From recipients().
	 * @return string[]
	 */
	private static function dedup_keys( string $message_id, array $notification, array $recipients ): array {
		$keys = '' === $message_id ? array() : array( DedupKeys::for_message( $message_id ) );
		foreach ( $recipients as $recipient ) {
			$keys[] = DedupKeys::for_event( $notification, $recipient['email'] );
		}
		return array_values( array_filter( $keys ) );
	}

	/**
	 * Valid recipients, sorted by the address they apply to so that
	 * multi-recipient deliveries lock contact rows in the same order (no
	 * deadlock between them).
	 *
	 * @param array<string, mixed> $result Extension result.
	 * @return array<int, array<string, mixed>>
	 */
	private static function recipients( array $result ): array {
		$recipients = array();
		foreach ( (array) ( $result['recipients'] ?? array() ) as $recipient ) {
			if ( is_array( $recipient ) && isset( $recipient['email'], $recipient['class'] ) && '' !== (string) $recipient['email'] ) {
				$recipients[] = array(
					'email'      => (string) $recipient['email'],
					'applies_to' => isset( $recipient['applies_to'] ) ? (string) $recipient['applies_to'] : null,
					'class'      => (string) $recipient['class'],
					'status'     => isset( $recipient['status'] ) ? (string) $recipient['status'] : null,
					'action'     => isset( $recipient['action'] ) ? (string) $recipient['action'] : null,
					'diagnostic' => isset( $recipient['diagnostic'] ) ? (string) $recipient['diagnostic'] : null,
				);
			}
		}
		usort( $recipients, static fn( $a, $b ) => strcmp( $a['applies_to'] ?? $a['email'], $b['applies_to'] ?? $b['email'] ) );
		return $recipients;
	}

	/**
	 * The $event array passed to the contact actions.
	 *
	 * @param array<string, mixed> $result    Extension result.
	 * @param array<string, mixed> $recipient Recipient with its change.
	 * @param int                  $threshold Soft bounce threshold.
	 */
	private static function event( array $result, array $recipient, int $threshold ): array {
		return array(
			'email'             => $recipient['contact_address'] ?? $recipient['applies_to'], // The contact's own form of it.
			'reported_email'    => $recipient['email'],
			'contact_id'        => $recipient['contact_id'],
			'class'             => $recipient['class'],
			'effect'            => $recipient['effect'],
			'reason'            => $recipient['reason'],
			'status'            => $recipient['status'],
			'action'            => $recipient['action'],
			'diagnostic'        => $recipient['diagnostic'],
			'result'            => $recipient['result'],
			'soft_bounce_count' => $recipient['soft_bounce_count'],
			'soft_threshold'    => $threshold,
			'message_id'        => $result['message_id'] ?? null,
			'topic_arn'         => $result['topic_arn'] ?? null,
			'timestamp'         => $result['timestamp'] ?? null,
			'notification'      => $result['notification'] ?? null,
		);
	}

	/**
	 * Fires an action after COMMIT; a listener's exception cannot undo an
	 * applied delivery or turn its answer into a 500.
	 *
	 * @param string $hook  Action name.
	 * @param mixed  $first First argument.
	 * @param array  $event Second argument.
	 */
	private static function fire( string $hook, $first, array $event ): void {
		try {
			do_action( $hook, $first, $event );
		} catch ( \Throwable $error ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( sprintf( 'QuillCRM Bounce: a listener of %s threw %s: %s', $hook, get_class( $error ), $error->getMessage() ) );
		}
	}

	/**
	 * Everything was rolled back: answer 503 so SNS retries later.
	 *
	 * @param array<string, mixed> $result Extension result.
	 * @param DatabaseError        $error  What failed.
	 */
	private static function database_failed( array $result, DatabaseError $error ): array {
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		error_log( 'QuillCRM Bounce: delivery rolled back, answered 503: ' . $error->getMessage() );
		if ( $error->is_missing_table() ) {
			Schema::request_repair();
			$code   = 'schema_missing';
			$detail = 'A table or column of the plugin is missing (its schema upgrade has not run); nothing was changed and Amazon SNS will retry this delivery.';
		} else {
			$code   = 'database_error';
			$detail = 'The database could not record this delivery; nothing was changed and Amazon SNS will retry it.';
		}
		$id = EventLog::try_record( 503, 'retry', $result, $code, $detail );
		return self::answer( 503, 'retry', $code, $detail, $id );
	}

	/**
	 * The sentence answered for a delivery already processed.
	 */
	private static function duplicate_detail(): string {
		return 'This delivery, or what it reports, was already applied (a resend, the same SES event through another topic, or a soft bounce of a mail already counted); nothing was changed.';
	}

	/**
	 * Builds the answer.
	 *
	 * @param int         $status   HTTP status.
	 * @param string      $outcome  Outcome.
	 * @param string|null $error    Error code.
	 * @param string      $detail   Sentence.
	 * @param int         $event_id Log row id (0 when none).
	 */
	private static function answer( int $status, string $outcome, ?string $error, string $detail, int $event_id ): array {
		return array(
			'status'     => $status,
			'outcome'    => $outcome,
			'error'      => $error,
			'detail'     => $detail,
			'event_id'   => $event_id,
			'prune_tick' => $event_id,
		);
	}
}
