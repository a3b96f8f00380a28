<?php
/**
 * Named counters: how many times something happened, first and last time.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * One row per name in {prefix}quillcrm_bounce_counters, bumped with one
 * atomic statement, so counting costs a request one round trip and no log
 * row (used for what anyone on the internet can cause, such as requests
 * with a wrong key).
 */
final class Counters {

	/** Requests to the webhook with a missing or wrong key. */
	public const WRONG_KEY = 'wrong_key';

	/** SES Delivery notifications applied (one per mail sent: counted, not logged). */
	public const DELIVERIES = 'deliveries';

	/** Genuine messages refused because they were signed with SignatureVersion 1. */
	public const SIGNATURE_V1_REFUSED = 'signature_v1_refused';

	/**
	 * Adds one to $name (created at 1). A failure is only written to PHP's
	 * error log: a counter never changes an answer. A site whose tables were
	 * never made (a network's site before its first administrator's visit)
	 * counts nothing: anyone could otherwise fill the error log from it.
	 *
	 * @param string $name One of the constants.
	 * @return int The new count, in the same statement (LAST_INSERT_ID(expr)
	 *             hands it back as the insert id); 0 when counting failed or
	 *             the site has no tables yet.
	 */
	public static function bump( string $name ): int {
		global $wpdb;
		if ( 0 === Schema::installed_version() ) {
			return 0;
		}
		$now  = gmdate( 'Y-m-d H:i:s' );
		$done = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'INSERT INTO ' . Schema::counters_table() . ' (name, count, first_at, last_at) VALUES (%s, 1, %s, %s) ON DUPLICATE KEY UPDATE count = LAST_INSERT_ID(count + 1), last_at = VALUES(last_at)',
				$name,
				$now,
				$now
			)
		);
		if ( false === $done ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( 'QuillCRM Bounce: counting ' . $name . ' failed: ' . $wpdb->last_error );
			return 0;
		}
		return 1 === $done ? 1 : (int) $wpdb->insert_id; // 1 row: inserted; 2: updated.
	}

	/**
	 * The counter, or null when it never counted (or cannot be read).
	 *
	 * @param string $name One of the constants.
	 * @return array{count: int, first_at: string, last_at: string}|null Times in UTC.
	 */
	public static function get( string $name ): ?array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'SELECT count, first_at, last_at FROM ' . Schema::counters_table() . ' WHERE name = %s',
				$name
			),
			ARRAY_A
		);
		if ( ! is_array( $row ) ) {
			return null;
		}
		return array(
			'count'    => (int) $row['count'],
			'first_at' => (string) $row['first_at'],
			'last_at'  => (string) $row['last_at'],
		);
	}

	/**
	 * Forgets $name (the admin has dealt with it).
	 *
	 * @param string $name One of the constants.
	 */
	public static function reset( string $name ): void {
		global $wpdb;
		$wpdb->delete( Schema::counters_table(), array( 'name' => $name ), array( '%s' ) );
	}
}
