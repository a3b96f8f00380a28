<?php
/**
 * How long log rows and exactly-once keys are kept.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Prunes the events and dedup tables, daily (WP-Cron) and after every
 * PRUNE_EVERY-th logged delivery, in bounded batches.
 */
final class Retention {

	/** WP-Cron hook. */
	public const CRON_HOOK = 'quillcrm_bounce_prune';

	/** Days of delivery log kept (filter `quillcrm_bounce_log_retention_days`). */
	public const LOG_DAYS = 90;

	/**
	 * Log rows of genuine deliveries kept at most (filter
	 * `quillcrm_bounce_log_max_rows`). Rows of requests with a wrong key do
	 * not count: they have their own cap, INVALID_KEY_MAX_ROWS.
	 */
	public const LOG_MAX_ROWS = 10000;

	/**
	 * Rows of `invalid_key` requests kept at most, the newest ones. Anyone
	 * can send those, so they are capped separately (checked on every insert,
	 * trimmed to INVALID_KEY_TRIM_TO when over) and can
	 * never push the history of genuine deliveries out of the log.
	 */
	public const INVALID_KEY_MAX_ROWS = 100;

	/**
	 * When the `invalid_key` rows exceed INVALID_KEY_MAX_ROWS, the newest
	 * this many are kept (so the next few such rows need no DELETE).
	 */
	public const INVALID_KEY_TRIM_TO = 90;

	/** The error code of a request with a missing or wrong key. */
	public const INVALID_KEY = 'invalid_key';

	/**
	 * Seconds exactly-once keys are kept (filter `quillcrm_bounce_dedup_retention`).
	 * Never less than DEDUP_FLOOR: a message older than that is rejected by
	 * the extension as stale, so its key can no longer be needed.
	 */
	public const DEDUP_SECONDS = 7 * DAY_IN_SECONDS;

	/** The extension's default replay window (max_age), in seconds. */
	public const REPLAY_WINDOW = 3900;

	/** Seconds a message's Timestamp may lie in the future (the extension's allowance). */
	public const FUTURE_SKEW = 300;

	/**
	 * The shortest dedup retention: a message stamped FUTURE_SKEW seconds
	 * ahead is accepted until REPLAY_WINDOW seconds after its Timestamp, so
	 * its key must live REPLAY_WINDOW + FUTURE_SKEW seconds after the claim.
	 */
	public const DEDUP_FLOOR = self::REPLAY_WINDOW + self::FUTURE_SKEW;

	/** Prune inline after every this many logged deliveries. */
	public const PRUNE_EVERY = 200;

	/** Rows deleted per statement. */
	private const BATCH = 5000;

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
	 * Prunes when the just-logged row id is a multiple of PRUNE_EVERY.
	 *
	 * @param int $event_id Id of the row just written (0 when none).
	 */
	public static function maybe_prune_after( int $event_id ): void {
		if ( $event_id > 0 && 0 === $event_id % self::PRUNE_EVERY ) {
			self::prune();
		}
	}

	/**
	 * Deletes log rows older than the retention or beyond the row cap, and
	 * dedup keys older than their retention. Errors are ignored: pruning runs
	 * again later.
	 */
	public static function prune(): void {
		global $wpdb;
		$events = Schema::events_table();
		$dedup  = Schema::dedup_table();

		$days      = max( 1, (int) apply_filters( 'quillcrm_bounce_log_retention_days', self::LOG_DAYS ) );
		$max_rows  = max( 100, (int) apply_filters( 'quillcrm_bounce_log_max_rows', self::LOG_MAX_ROWS ) );
		$dedup_sec = max( self::DEDUP_FLOOR, (int) apply_filters( 'quillcrm_bounce_dedup_retention', self::DEDUP_SECONDS ) );

		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are not user input.
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$events} WHERE received_at < %s LIMIT %d",
				gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ),
				self::BATCH
			)
		);
		$cutoff_id = $wpdb->get_var(
			$wpdb->prepare(
				"SELECT id FROM {$events} WHERE error_code IS NULL OR error_code <> %s ORDER BY id DESC LIMIT 1 OFFSET %d",
				self::INVALID_KEY,
				$max_rows
			)
		);
		if ( null !== $cutoff_id ) {
			$wpdb->query(
				$wpdb->prepare(
					"DELETE FROM {$events} WHERE id <= %d AND ( error_code IS NULL OR error_code <> %s ) LIMIT %d",
					(int) $cutoff_id,
					self::INVALID_KEY,
					self::BATCH
				)
			);
		}
		self::cap_invalid_key_rows();
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$dedup} WHERE created_at < %s LIMIT %d",
				gmdate( 'Y-m-d H:i:s', time() - $dedup_sec ),
				self::BATCH
			)
		);
		// phpcs:enable
	}

	/**
	 * Whether requests with a wrong or missing key are logged (filter
	 * `quillcrm_bounce_log_invalid_key`, default true). Off, a wrong-key
	 * request costs no database work at all, and Bounce Handling no longer
	 * shows that SNS is posting to an old webhook URL.
	 */
	public static function log_invalid_key_requests(): bool {
		return (bool) apply_filters( 'quillcrm_bounce_log_invalid_key', true );
	}

	/**
	 * Keeps at most the newest INVALID_KEY_MAX_ROWS rows of `invalid_key`
	 * requests. Runs after each such row is written and with every prune;
	 * errors are ignored.
	 *
	 * One indexed SELECT reads the ids from the INVALID_KEY_TRIM_TO-th newest
	 * row on; only when there are more than INVALID_KEY_MAX_ROWS rows does a
	 * DELETE run, and it trims down to INVALID_KEY_TRIM_TO rows, so a stream
	 * of wrong-key requests costs a DELETE once per (MAX_ROWS - TRIM_TO) rows
	 * instead of once per row.
	 */
	public static function cap_invalid_key_rows(): void {
		global $wpdb;
		$events = Schema::events_table();
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are not user input.
		// Newest first: the (TRIM_TO + 1)-th newest row, ..., the (MAX_ROWS + 1)-th.
		$ids = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT id FROM {$events} WHERE error_code = %s ORDER BY id DESC LIMIT %d OFFSET %d",
				self::INVALID_KEY,
				self::INVALID_KEY_MAX_ROWS - self::INVALID_KEY_TRIM_TO + 1,
				self::INVALID_KEY_TRIM_TO
			)
		);
		if ( is_array( $ids ) && count( $ids ) > self::INVALID_KEY_MAX_ROWS - self::INVALID_KEY_TRIM_TO ) {
			$wpdb->query(
				$wpdb->prepare(
					"DELETE FROM {$events} WHERE error_code = %s AND id <= %d LIMIT %d",
					self::INVALID_KEY,
					(int) $ids[0],
					self::BATCH
				)
			);
		}
		// phpcs:enable
	}
}
