<?php
/**
 * How long log rows and exactly-once keys are kept.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Prunes the log, the recipient history and the dedup keys, daily
 * (WP-Cron) and after every PRUNE_EVERY-th log row and every PRUNE_EVERY-th
 * SES Delivery notification (they write no log row, but a key each), in
 * bounded batches.
 */
final class Retention {

	/** WP-Cron hook. */
	public const CRON_HOOK = 'quillcrm_bounce_prune';

	/** Log rows kept at most (filter `quillcrm_bounce_log_max_rows`). */
	public const LOG_MAX_ROWS = 10000;

	/** Prune inline after every this many log rows, and deliveries. */
	public const PRUNE_EVERY = 200;

	/** Rows deleted per statement. */
	private const BATCH = 5000;

	/** Statements per run for the recipient history and the dedup keys (one row per recipient). */
	private const BATCHES_PER_RUN = 40;

	/**
	 * Schedules the daily prune when it is not scheduled.
	 */
	public static function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * Removes the schedule (deactivation, uninstall).
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Prunes when $tick is a multiple of PRUNE_EVERY.
	 *
	 * @param int $tick Id of the log row just written, or the delivery count after a delivery (0 when none).
	 */
	public static function maybe_prune_after( int $tick ): void {
		if ( $tick > 0 && 0 === $tick % self::PRUNE_EVERY ) {
			self::prune();
		}
	}

	/**
	 * Deletes log rows older than the retention (Settings::log_retention_days())
	 * or beyond the row cap, recipient history older than the retention, and
	 * dedup keys older than their retention. Errors are ignored: pruning runs
	 * again later.
	 */
	public static function prune(): void {
		global $wpdb;
		$events = Schema::events_table();
		$dedup  = Schema::dedup_table();

		$days     = Settings::log_retention_days();
		$max_rows = max( 100, (int) apply_filters( 'quillcrm_bounce_log_max_rows', self::LOG_MAX_ROWS ) );

		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are not user input.
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$events} WHERE received_at < %s LIMIT %d",
				gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ),
				self::BATCH
			)
		);
		$cutoff_id = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$events} ORDER BY id DESC LIMIT 1 OFFSET %d", $max_rows ) );
		if ( null !== $cutoff_id ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$events} WHERE id <= %d LIMIT %d", (int) $cutoff_id, self::BATCH ) );
		}
		// The recipient history: by age only (one row per recipient, so up
		// to BATCHES_PER_RUN batches a run; the rest goes on the next one).
		$recipient_events = Schema::recipient_events_table();
		$cutoff           = gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS );
		for ( $batch = 0; $batch < self::BATCHES_PER_RUN; $batch++ ) {
			$deleted = $wpdb->query( $wpdb->prepare( "DELETE FROM {$recipient_events} WHERE received_at < %s LIMIT %d", $cutoff, self::BATCH ) );
			if ( ! is_int( $deleted ) || $deleted < self::BATCH ) {
				break;
			}
		}
		$floor = self::dedup_floor();
		if ( null !== $floor ) {
			$dedup_seconds = max( $floor, (int) apply_filters( 'quillcrm_bounce_dedup_retention', $floor ) );
			$expired = gmdate( 'Y-m-d H:i:s', time() - $dedup_seconds );
			for ( $batch = 0; $batch < self::BATCHES_PER_RUN; $batch++ ) {
				$deleted = $wpdb->query( $wpdb->prepare( "DELETE FROM {$dedup} WHERE created_at < %s LIMIT %d", $expired, self::BATCH ) );
				if ( ! is_int( $deleted ) || $deleted < self::BATCH ) {
					break;
				}
			}
		}
		// phpcs:enable
	}

	/**
	 * Daily (WP-Cron only, never inline after a delivery): forgets the
	 * plugin's state of contacts the CRM has deleted. The orphans are found
	 * by a plain SELECT (a consistent read: no row of either table locked,
	 * so the CRM's writes and the deliveries' row locks never wait on it),
	 * then deleted by id (ids are never reused). Nothing when the contacts
	 * table reads empty: then it is more likely the wrong table than a CRM
	 * without contacts.
	 */
	public static function prune_orphan_states(): void {
		global $wpdb;
		$states   = Schema::contact_states_table();
		$contacts = Schema::contacts_table();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are not user input; the IN list is placeholders.
		if ( null === $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$contacts} LIMIT %d", 1 ) ) ) {
			return;
		}
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT s.contact_id FROM {$states} s LEFT JOIN {$contacts} c ON c.id = s.contact_id WHERE c.id IS NULL LIMIT %d", self::BATCH ) );
		if ( is_array( $ids ) && array() !== $ids ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$states} WHERE contact_id IN (" . implode( ', ', array_fill( 0, count( $ids ), '%d' ) ) . ')', array_map( 'intval', $ids ) ) );
		}
		// phpcs:enable
	}

	/**
	 * How long exactly-once keys are kept at least (filter
	 * `quillcrm_bounce_dedup_retention` may make it longer), from the
	 * extension: a message stamped `max_future_skew` seconds ahead is
	 * accepted until its replay window has passed, so its key must live
	 * that long after the claim; and a queued message is accepted up to
	 * `max_queued_age` (a queue's 14 days and then some). Every site keeps
	 * the queue's: a queue subscribed to the topic while the site still
	 * takes the webhook holds a copy of each message the webhook applies,
	 * and when the site switches to that queue up to 14 days later, the
	 * copy must still be a duplicate. Null when the extension is not
	 * loaded (then no key is pruned).
	 */
	public static function dedup_floor(): ?int {
		$info = Extension::info();
		if ( null === $info ) {
			return null;
		}
		return max( $info['replay_window'], (int) ( $info['max_queued_age'] ?? 0 ) ) + $info['max_future_skew'];
	}
}
