<?php
/**
 * The queue worker: takes messages from the site's SQS queue and applies
 * them exactly once.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * One run pulls batches of up to 10 messages for at most N seconds. Each
 * message goes through the extension's rules (quillcrm_sns_handle_queued())
 * and the webhook's own DeliveryProcessor, whose transaction applies it
 * exactly once; it is deleted only after that transaction committed:
 *
 * - applied, duplicate, ignored (200): deleted;
 * - refused (4xx: forged, another topic, stale, raw delivery, malformed):
 *   it can never become valid: logged by the processor, deleted;
 * - may pass (503: the certificate host or the database failed): left in
 *   the queue, SQS hands it out again after its visibility timeout.
 *
 * A named MariaDB lock (GET_LOCK, released with the connection, so also when
 * the process is killed) stops one worker slot of one host from overlapping
 * itself. Several workers or hosts at once stay exact through the
 * visibility timeout and the exactly-once keys.
 */
final class QueueWorker {

	/** A run writes its pull times this often at most, in seconds (and at its end). */
	private const STATUS_EVERY = 10;

	/**
	 * After a batch too large to read (`narrowed`: its messages stay
	 * invisible for the queue's visibility timeout), one message per receive
	 * for that timeout (at most NARROW_AT_MOST) and NARROW_MARGIN seconds
	 * more, so that they come back one by one instead of in another unread
	 * batch. The time is kept in the queue status, so the runs that start
	 * until then (the next cron run, other slots and hosts) narrow as well.
	 */
	private const NARROW_MARGIN = 15;

	/** The longest visibility timeout narrowing waits for, in seconds. */
	private const NARROW_AT_MOST = HOUR_IN_SECONDS;

	/**
	 * The longest a left message is held back, in seconds: SQS refuses a
	 * visibility that would end more than 12 hours after the receive, and a
	 * new timeout counts from the call, so a minute is kept in hand.
	 */
	private const HOLD_BACK_AT_MOST = 43200 - 60;

	/**
	 * One run.
	 *
	 * @param int    $seconds     At most this long (below max_execution_time).
	 * @param bool   $until_empty Stop at the first empty receive (else long-poll until the time is up).
	 * @param string $slot        Worker slot name (one lock per host and slot).
	 * @param string $via         cli|cron, for the status.
	 * @return array{outcome: string, error: ?string, detail: string, received: int, applied: int, deleted: int, left: int}
	 */
	public static function run( int $seconds, bool $until_empty = false, string $slot = '1', string $via = 'cli' ): array {
		$summary = array(
			'outcome'  => 'done',
			'error'    => null,
			'detail'   => '',
			'received' => 0,
			'applied'  => 0,
			'deleted'  => 0,
			'left'     => 0,
		);
		if ( 'sqs' !== Settings::intake() ) {
			return array( 'outcome' => 'off', 'detail' => 'The intake is the HTTPS webhook; there is no queue to drain.' ) + $summary;
		}
		Plugin::upgrade_if_needed(); // After a plugin update: the tables its rules write.
		if ( ! QueueIntake::is_available() ) {
			return self::failed( $summary, 'queue_needs_extension', 'The quillcrm_sns extension is not loaded; the plain-PHP fallback cannot take messages from Amazon SQS.' );
		}
		if ( Settings::queue_site_moved() ) {
			return self::failed( $summary, 'queue_site_moved', QueueIntake::site_moved_detail() );
		}
		$topics = Settings::accepted_topics();
		if ( null === $topics || array() === $topics ) {
			return self::failed( $summary, 'queue_no_topic', 'No SNS topic is accepted, so no queued notification could be applied; the messages were left in the queue.' );
		}
		$restore = DatabaseError::answer_wpdb_failures_with( array( self::class, 'wp_die_handler' ) );
		try {
			if ( ! self::lock( $slot ) ) {
				return array( 'outcome' => 'locked', 'detail' => 'Another run of this worker is still going.' ) + $summary;
			}
			try {
				return self::drain( $summary, $topics, time() + max( 1, $seconds ), $until_empty, $via, $slot );
			} finally {
				self::unlock( $slot );
			}
		} catch ( DatabaseError $error ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( 'QuillCRM Bounce: the queue run stopped: ' . $error->getMessage() );
			return self::failed( $summary, 'queue_database_unavailable', 'The database failed during the queue run; what was not deleted stays in the queue and comes back.' );
		} finally {
			$restore();
		}
	}

	/**
	 * The loop.
	 *
	 * @param array<string, mixed> $summary     The run's counts.
	 * @param string[]             $topics      Accepted topics.
	 * @param int                  $deadline    Unix seconds.
	 * @param bool                 $until_empty Stop when a receive is empty.
	 * @param string               $via         cli|cron.
	 * @param string               $slot        The slot whose lock this run holds.
	 */
	private static function drain( array $summary, array $topics, int $deadline, bool $until_empty, string $via, string $slot ): array {
		$info       = Extension::info() ?? array();
		$attributes = QueueIntake::call( 'attributes' );
		if ( ! $attributes['ok'] ) {
			// Where this run's credentials came from (none: null), so that
			// the page does not name an earlier run's beside this error.
			QueueIntake::update_status( array( 'credentials_source' => $attributes['credentials_source'] ?? null ) );
			return self::failed( $summary, (string) $attributes['error'], (string) $attributes['detail'] );
		}
		$retention  = isset( $attributes['attributes']['MessageRetentionPeriod'] ) ? (int) $attributes['attributes']['MessageRetentionPeriod'] : null;
		$visibility = (int) ( $attributes['attributes']['VisibilityTimeout'] ?? 30 );
		$redrive    = self::redrive_policy( $attributes['attributes']['RedrivePolicy'] ?? null );
		$lost       = 0; // Left messages the queue moves to its dead-letter queue at their next receive.
		QueueIntake::update_status(
			array(
				'depth'              => (int) ( $attributes['attributes']['ApproximateNumberOfMessages'] ?? 0 ),
				'in_flight'          => (int) ( $attributes['attributes']['ApproximateNumberOfMessagesNotVisible'] ?? 0 ),
				'delayed'            => (int) ( $attributes['attributes']['ApproximateNumberOfMessagesDelayed'] ?? 0 ),
				'retention'          => $retention,
				'credentials_source' => $attributes['credentials_source'],
			)
		);
		$request = array(
			'allowed_topics'        => $topics,
			'confirm'               => false,
			'min_signature_version' => Settings::min_signature_version(),
		);
		// The replay window follows the queue's retention, within what the
		// extension takes (a value from an SQS-compatible server, or a longer
		// retention AWS may allow one day, must not refuse every message). An
		// extension older than the plugin takes no retention: the widest
		// window, whose exactly-once keys Retention keeps anyway.
		$request += isset( $info['max_queue_retention'] )
			? array( 'retention' => null === $retention ? null : max( 0, min( $retention, (int) $info['max_queue_retention'] ) ) )
			: array( 'max_age' => $info['max_queued_age'] ?? null );
		$oldest       = null;
		$pulled       = array();
		$written      = 0; // When the pull times were last written.
		$narrow_until = 0; // Until then, one message per receive.
		while ( true ) {
			$remaining = $deadline - time();
			if ( $remaining < 2 ) {
				break;
			}
			// Another run (a slot, a web node) may have narrowed meanwhile.
			$narrow_until = max( $narrow_until, (int) QueueIntake::status( true )['narrow_until'] );
			// wpdb reconnects after a lost connection, and the lock went with
			// the old one: the next run of this slot may be going already.
			if ( ! self::holds_lock( $slot ) ) {
				return self::failed( $summary, 'queue_lock_lost', 'The database connection was lost during the run, and with it the run\'s lock; the run stopped so that two runs of one slot never overlap.' );
			}
			$wait     = $until_empty ? 1 : min( 20, $remaining - 1 );
			$received_at = time();
			$received    = QueueIntake::call(
				'receive',
				array(
					'max_messages' => time() < $narrow_until ? 1 : null, // null: as many as SQS gives.
					'wait_seconds' => $wait,
				)
			);
			$pulled = array(
				'last_pull_at' => time(),
				'last_via'     => $via,
			);
			if ( ! $received['ok'] ) {
				QueueIntake::update_status( $pulled );
				return self::failed( $summary, (string) $received['error'], (string) $received['detail'] );
			}
			if ( ! empty( $received['narrowed'] ) ) {
				$narrow_until = time() + min( $visibility, self::NARROW_AT_MOST ) + self::NARROW_MARGIN;
				QueueIntake::update_status( array( 'narrow_until' => $narrow_until ) );
			}
			// One write every STATUS_EVERY seconds at most (and at the end):
			// each is a commit of its own, and a busy run pulls many times
			// a second.
			if ( $pulled['last_pull_at'] - $written >= self::STATUS_EVERY ) {
				QueueIntake::update_status( $pulled + array( 'last_success_at' => $pulled['last_pull_at'] ) );
				$written = $pulled['last_pull_at'];
			}
			if ( array() === $received['messages'] ) {
				if ( $until_empty ) {
					break;
				}
				continue;
			}
			// A topic accepted (say by "Set up in AWS") or removed during
			// the run, even during this receive's long poll, counts for
			// what it brought.
			$request['allowed_topics'] = Settings::accepted_topics_now() ?? array();
			if ( array() === $request['allowed_topics'] ) {
				return self::failed( $summary, 'queue_no_topic', 'No SNS topic is accepted, so no queued notification could be applied; the messages were left in the queue.' );
			}
			$deletable = array();
			$left      = array(); // Receive count => receipt handles.
			$ticks     = array();
			foreach ( $received['messages'] as $message ) {
				++$summary['received'];
				if ( null !== $message['sent_at'] ) {
					$oldest = max( (int) $oldest, time() - (int) $message['sent_at'] );
				}
				$answer   = self::apply( (string) $message['body'], self::clocked( $request, $message['sent_at'] ) );
				$ticks[]  = (int) ( $answer['prune_tick'] ?? 0 );
				if ( $answer['status'] < 500 && ! self::refused_unlogged( $answer ) ) {
					$deletable[] = (string) $message['receipt_handle'];
					if ( in_array( $answer['outcome'], array( 'bounce', 'complaint', 'delivery' ), true ) ) {
						++$summary['applied'];
					}
				} else {
					++$summary['left'];
					$left[ max( 1, (int) ( $message['receive_count'] ?? 1 ) ) ][] = (string) $message['receipt_handle'];
				}
			}
			if ( array() !== $deletable ) {
				$deleted = QueueIntake::call( 'delete', array( 'receipt_handles' => $deletable ) );
				if ( ! $deleted['ok'] ) {
					// Applied already: they come back and are duplicates then.
					return self::failed( $summary, (string) $deleted['error'], (string) $deleted['detail'] );
				}
				$summary['deleted'] += count( $deleted['succeeded'] );
				if ( array() !== $deleted['failed'] ) {
					// Done with, but not off the queue (a receipt handle
					// that expired, say): they come back, and are then
					// duplicates, or refusals logged again.
					// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
					error_log( sprintf( 'QuillCRM Bounce: %d messages this run was done with could not be deleted from the queue (%s); they come back and are answered again, as duplicates or refusals.', count( $deleted['failed'] ), implode( ', ', array_unique( array_column( $deleted['failed'], 'code' ) ) ) ) );
				}
			}
			self::hold_back( $left, $visibility, time() - $received_at );
			$lost += self::record_dead_lettered( $left, $redrive, $lost );
			// The webhook's pruning as it goes, once the batch is off the queue.
			array_map( array( Retention::class, 'maybe_prune_after' ), $ticks );
		}
		QueueIntake::update_status(
			( array() === $pulled ? array() : $pulled + array( 'last_success_at' => $pulled['last_pull_at'] ) ) + array(
				'oldest_age' => $oldest,
				'applied'    => $summary['applied'],
				'deleted'    => $summary['deleted'],
				'left'       => $summary['left'],
			)
		);
		return $summary;
	}

	/**
	 * The queue's redrive policy: after maxReceiveCount receives SQS moves
	 * a message to the dead-letter queue instead of handing it out, and
	 * this site never reads that queue. Null when the queue has none.
	 *
	 * @param mixed $policy The RedrivePolicy attribute (JSON).
	 * @return array{max_receive_count: int, queue: string}|null
	 */
	private static function redrive_policy( $policy ): ?array {
		$policy = is_string( $policy ) ? json_decode( $policy, true ) : null;
		$most   = is_array( $policy ) ? (int) ( $policy['maxReceiveCount'] ?? 0 ) : 0;
		if ( $most < 1 ) {
			return null;
		}
		$arn = (string) ( $policy['deadLetterTargetArn'] ?? '' );
		return array(
			'max_receive_count' => $most,
			'queue'             => (string) substr( $arn, (int) strrpos( ':' . $arn, ':' ) ),
		);
	}

	/**
	 * Holds left messages back longer each time they come back: twice the
	 * queue's visibility timeout at their second receive, four times at
	 * their third, and so on (at most HOLD_BACK_AT_MOST), so that a failure
	 * lasting hours uses few receives (a queue with a redrive policy moves a
	 * message to its dead-letter queue after maxReceiveCount of them). Best
	 * effort: a message whose hold fails comes back after the queue's own
	 * timeout, as before.
	 *
	 * @param array<int, string[]> $left       Receive count => receipt handles.
	 * @param int                  $visibility The queue's visibility timeout, in seconds.
	 * @param int                  $since      Seconds since they were received.
	 */
	private static function hold_back( array $left, int $visibility, int $since ): void {
		$held = array(); // Seconds => receipt handles.
		foreach ( $left as $receives => $handles ) {
			if ( $receives >= 2 ) {
				$seconds            = (int) min( self::HOLD_BACK_AT_MOST - $since, max( 1, $visibility ) * 2 ** min( 16, $receives - 1 ) );
				$held[ $seconds ] = array_merge( $held[ $seconds ] ?? array(), $handles );
			}
		}
		foreach ( $held as $seconds => $handles ) {
			if ( $seconds < 1 ) {
				continue; // The receive is nearly 12 hours old: SQS hands it out again soon anyway.
			}
			QueueIntake::call(
				'change_visibility',
				array(
					'receipt_handles'    => $handles,
					'visibility_timeout' => $seconds,
				)
			);
		}
	}

	/**
	 * Records, as soon as a batch is done, how many of the run's left
	 * messages the queue's redrive policy moves to its dead-letter queue at
	 * their next receive (received maxReceiveCount times already), so that
	 * a run that fails later still leaves the page saying so. The page shows
	 * it for as long as the dead-letter queue may keep the messages.
	 *
	 * @param array<int, string[]> $left    Receive count => receipt handles, of this batch.
	 * @param array|null           $redrive From redrive_policy().
	 * @param int                  $before  How many earlier batches of the run recorded.
	 * @return int How many of this batch.
	 */
	private static function record_dead_lettered( array $left, ?array $redrive, int $before ): int {
		$lost = 0;
		foreach ( null === $redrive ? array() : $left as $receives => $handles ) {
			$lost += $receives >= $redrive['max_receive_count'] ? count( $handles ) : 0;
		}
		if ( $lost > 0 ) {
			QueueIntake::update_status(
				array(
					'dead_lettered'        => $before + $lost,
					'dead_lettered_at'     => time(),
					'dead_letter_queue'    => $redrive['queue'],
					'dead_letter_receives' => $redrive['max_receive_count'],
				)
			);
		}
		return $lost;
	}

	/**
	 * The request with the clock a queued message is judged by: SQS stamps
	 * each message with AWS's time (SentTimestamp), which is never before
	 * SNS's Timestamp, so a server clock minutes behind AWS's must not make
	 * a fresh message look ahead of time (refused as stale and deleted, as
	 * if it could never be valid). A copy written to the queue again later
	 * gets a new SentTimestamp and is judged by the replay window as before.
	 *
	 * @param array<string, mixed> $request The run's request.
	 * @param int|null             $sent_at SentTimestamp, Unix seconds.
	 * @return array<string, mixed>
	 */
	private static function clocked( array $request, ?int $sent_at ): array {
		return null === $sent_at ? $request : array( 'now' => max( time(), $sent_at ) ) + $request;
	}

	/**
	 * One message through the extension and the webhook's processor.
	 *
	 * @param string               $body    SQS message body.
	 * @param array<string, mixed> $request See quillcrm_sns_handle_queued().
	 * @return array{status: int, outcome: string, error: ?string, detail: string, event_id: int}
	 */
	private static function apply( string $body, array $request ): array {
		try {
			return DeliveryProcessor::process( Extension::handle_queued( $body, $request ), $request, $body );
		} catch ( \Throwable $error ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( 'QuillCRM Bounce: a queued message failed: ' . get_class( $error ) . ': ' . $error->getMessage() );
			return array(
				'status'   => 503,
				'outcome'  => 'retry',
				'error'    => 'extension_error',
				'detail'   => 'The message could not be processed; it stays in the queue.',
				'event_id' => 0,
			);
		}
	}

	/**
	 * Whether a message was refused (4xx) and its log row could not be
	 * written (the database failed at that moment): it stays in the queue,
	 * to be logged when it comes back, so that nothing is deleted unseen.
	 *
	 * @param array<string, mixed> $answer From apply().
	 */
	private static function refused_unlogged( array $answer ): bool {
		return $answer['status'] >= 400 && 0 === (int) ( $answer['event_id'] ?? 0 );
	}

	/**
	 * The run's failure, recorded for the page and Site Health.
	 *
	 * @param array<string, mixed> $summary Counts so far.
	 * @param string               $code    Stable code.
	 * @param string               $detail  Sentence.
	 */
	private static function failed( array $summary, string $code, string $detail ): array {
		try {
			// The page's "last run" is this one, up to where it failed.
			QueueIntake::update_status( array_intersect_key( $summary, array_flip( array( 'applied', 'deleted', 'left' ) ) ) );
			QueueIntake::record_error( $code, $detail );
		} catch ( \Throwable $error ) {
			unset( $error ); // The database is gone: the exit status says it.
		}
		return array(
			'outcome' => 'failed',
			'error'   => $code,
			'detail'  => $detail,
		) + $summary;
	}

	/**
	 * The lock of one worker slot on this host (MariaDB GET_LOCK, no wait).
	 *
	 * @param string $slot Slot name.
	 */
	private static function lock( string $slot ): bool {
		global $wpdb;
		return '1' === (string) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 0)', self::lock_name( $slot ) ) );
	}

	/**
	 * Whether this run's connection still holds the slot's lock.
	 *
	 * @param string $slot Slot name.
	 */
	private static function holds_lock( string $slot ): bool {
		global $wpdb;
		return '1' === (string) $wpdb->get_var( $wpdb->prepare( 'SELECT IS_USED_LOCK(%s) = CONNECTION_ID()', self::lock_name( $slot ) ) );
	}

	/**
	 * Releases the lock (the server releases it anyway when the connection ends).
	 *
	 * @param string $slot Slot name.
	 */
	private static function unlock( string $slot ): void {
		global $wpdb;
		try {
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', self::lock_name( $slot ) ) );
		} catch ( DatabaseError $gone ) {
			unset( $gone ); // A lost connection released it.
		}
	}

	/**
	 * One per site, host and slot.
	 *
	 * @param string $slot Slot name.
	 */
	private static function lock_name( string $slot ): string {
		return Schema::lock_name( 'drain', (string) gethostname() . '|' . $slot );
	}

	/**
	 * The wp_die() handler of a worker run: a database that goes away during
	 * the run throws, so the message is answered "may pass" and left in the
	 * queue instead of the process printing a page.
	 *
	 * @return callable
	 */
	public static function wp_die_handler(): callable {
		return static function () {
			throw new DatabaseError( 'the database went away during the queue run' );
		};
	}
}
