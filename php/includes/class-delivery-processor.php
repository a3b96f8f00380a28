<?php
/**
 * Turns the extension's verdict on one SNS delivery into database changes.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The order of rules after the extension has verified a delivery:
 *
 * 1. subscribed   → record the subscription, pin the topic when none is
 *                   pinned, log; action quillcrm_bounce_subscription_confirmed.
 * 2. unsubscribed → record it, log.
 * 3. bounce / complaint / delivery while no topic is pinned → 403
 *                   topic_not_allowed, logged (only a confirmed subscription
 *                   pins a topic).
 * 4. bounce / complaint / delivery → one transaction: claim 'msg:MessageId'
 *                   (taken → duplicate, rolled back, answered 200), claim
 *                   'fb:feedbackId:address' per recipient (taken → that
 *                   recipient is skipped), apply the contact rules, log;
 *                   COMMIT; then fire the contact actions.
 * 5. ignored / rejected / retry → log, answer the extension's status.
 *
 * A database error rolls everything back and answers 503 so SNS retries.
 * Every `detail` is plain English (machine-facing, like the extension's).
 */
final class DeliveryProcessor {

	/**
	 * Processes one result of quillcrm_sns_handle().
	 *
	 * @param array<string, mixed> $result          The extension's array.
	 * @param string[]             $accepted_topics The allowed_topics it was given (empty: none pinned yet).
	 * @return array{status: int, outcome: string, error: ?string, detail: string, event_id: int}
	 */
	public static function process( array $result, array $accepted_topics ): array {
		$status  = (int) ( $result['status'] ?? 503 );
		$outcome = (string) ( $result['outcome'] ?? 'retry' );
		$error   = isset( $result['error'] ) ? (string) $result['error'] : null;
		$detail  = (string) ( $result['detail'] ?? '' );

		if ( array() === $accepted_topics && in_array( $outcome, array( 'bounce', 'complaint', 'delivery' ), true ) ) {
			// The extension accepts any topic while none is pinned, so that
			// the first SubscriptionConfirmation can pin its own.
			$status  = 403;
			$outcome = 'rejected';
			$error   = 'topic_not_allowed';
			$detail  = 'No topic is accepted yet: the next confirmed subscription pins its topic, or add the TopicArn under Accepted topics.';
		}

		try {
			switch ( $outcome ) {
				case 'subscribed':
					return self::subscribed( $result, $status, $detail );
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

		// ignored, rejected, retry: nothing to change; the log is best effort.
		$id = EventLog::try_record( $status, $outcome, $result, $error, $detail );
		return self::answer( $status, $outcome, $error, $detail, $id );
	}

	/**
	 * A verified and confirmed SubscriptionConfirmation.
	 *
	 * @param array<string, mixed> $result Extension result.
	 * @param int                  $status Its status (200).
	 * @param string               $detail Its detail.
	 * @throws DatabaseError When the state cannot be recorded.
	 */
	private static function subscribed( array $result, int $status, string $detail ): array {
		$topic_arn        = (string) $result['topic_arn'];
		$subscription_arn = isset( $result['subscription_arn'] ) ? (string) $result['subscription_arn'] : null;

		Subscription::record_confirmed( $topic_arn, $subscription_arn );
		$id = EventLog::record( $status, 'subscribed', $result, array(), null, $detail );

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
		return self::answer( $status, 'subscribed', null, $detail, $id );
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
		$feedback_id  = isset( $notification['feedback_id'] ) ? (string) $notification['feedback_id'] : '';
		$recipients   = self::recipients( $result );
		$threshold    = Settings::soft_threshold();

		$applied = Transaction::run(
			static function () use ( $result, $status, $outcome, $detail, $message_id, $feedback_id, $recipients, $threshold ) {
				// Usually every key is new: all of them in one INSERT. When
				// one is taken, that INSERT claimed nothing and the keys are
				// claimed one by one below, in the same order (except a
				// message key the error names as taken: a resend).
				$all_new = DedupKeys::claim_all( self::dedup_keys( $message_id, $feedback_id, $recipients ) );
				if ( ! $all_new && '' !== $message_id ) {
					$message_key = DedupKeys::for_message( $message_id );
					if ( DedupKeys::last_error_names( $message_key ) || ! DedupKeys::claim( $message_key ) ) {
						return null; // Already processed; nothing was written.
					}
				}
				$logged = array();
				$fresh  = 0;
				foreach ( $recipients as $recipient ) {
					if ( ! $all_new && '' !== $feedback_id && ! DedupKeys::claim( DedupKeys::for_feedback( $feedback_id, $recipient['email'] ) ) ) {
						$change = array(
							'result'            => 'duplicate',
							'contact_id'        => null,
							'soft_bounce_count' => null,
							'actions'           => array(),
						);
					} else {
						$change = ContactUpdater::apply( $recipient, $threshold );
						++$fresh;
					}
					$logged[] = $recipient + $change;
				}
				$final = ( array() !== $recipients && 0 === $fresh ) ? 'duplicate' : $outcome;
				$note  = 'duplicate' === $final ? self::duplicate_detail() : $detail;
				$rows  = array_map( static fn( $r ) => array_diff_key( $r, array( 'actions' => true ) ), $logged );
				$id    = EventLog::record( $status, $final, $result, $rows, null, $note );
				return array(
					'outcome'    => $final,
					'detail'     => $note,
					'event_id'   => $id,
					'recipients' => $logged,
				);
			}
		);

		if ( null === $applied ) {
			// Duplicate MessageId: the transaction was empty; log outside it.
			$id = EventLog::try_record( 200, 'duplicate', $result, null, self::duplicate_detail() );
			return self::answer( 200, 'duplicate', null, self::duplicate_detail(), $id );
		}

		foreach ( $applied['recipients'] as $recipient ) {
			$event = self::event( $result, $recipient, $threshold );
			foreach ( $recipient['actions'] as $action ) {
				self::fire( 'quillcrm_bounce_contact_' . $action, $recipient['email'], $event );
			}
		}
		return self::answer( $status, $applied['outcome'], null, $applied['detail'], $applied['event_id'] );
	}

	/**
	 * The exactly-once keys of a notification, in claim order: the message,
	 * then one per recipient (sorted by address, see recipients()). An
	 * address listed twice gives the same key twice: DedupKeys::claim_all()
	 * then fails and the second one is claimed as a duplicate, as before.
	 *
	 * @param string                           $message_id  SNS MessageId ('' when none).
	 * @param string                           $feedback_id SES feedbackId ('' when none).
	 * @param array<int, array<string, mixed>> $recipients  From recipients().
	 * @return string[]
	 */
	private static function dedup_keys( string $message_id, string $feedback_id, array $recipients ): array {
		$keys = array();
		if ( '' !== $message_id ) {
			$keys[] = DedupKeys::for_message( $message_id );
		}
		if ( '' !== $feedback_id ) {
			foreach ( $recipients as $recipient ) {
				$keys[] = DedupKeys::for_feedback( $feedback_id, $recipient['email'] );
			}
		}
		return $keys;
	}

	/**
	 * Valid recipients, sorted by address so that multi-recipient deliveries
	 * lock contact rows in the same order (no deadlock between them).
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
					'class'      => (string) $recipient['class'],
					'status'     => isset( $recipient['status'] ) ? (string) $recipient['status'] : null,
					'action'     => isset( $recipient['action'] ) ? (string) $recipient['action'] : null,
					'diagnostic' => isset( $recipient['diagnostic'] ) ? (string) $recipient['diagnostic'] : null,
				);
			}
		}
		usort( $recipients, static fn( $a, $b ) => strcmp( $a['email'], $b['email'] ) );
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
			'email'             => $recipient['email'],
			'contact_id'        => $recipient['contact_id'],
			'class'             => $recipient['class'],
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
			$code   = 'schema_missing';
			$detail = 'A table of the plugin is missing (they are created when an administrator opens wp-admin); nothing was changed and Amazon SNS will retry this delivery.';
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
		return 'This delivery was already processed; nothing was changed.';
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
			'status'   => $status,
			'outcome'  => $outcome,
			'error'    => $error,
			'detail'   => $detail,
			'event_id' => $event_id,
		);
	}
}
