<?php
/**
 * The log of webhook deliveries.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * One row per handled delivery: confirmed, bounce, complaint, delivery,
 * ignored, duplicate, rejected or retry with its error code.
 */
final class EventLog {

	/**
	 * The `addresses` column: each address the recipients name, reported
	 * (`email`) or applied to (`applies_to`, a forwarding mailbox's own),
	 * once each, comma-separated (what privacy requests search).
	 *
	 * @param array<int, array> $recipients Logged recipients.
	 */
	public static function addresses( array $recipients ): string {
		$addresses = array();
		foreach ( $recipients as $recipient ) {
			foreach ( array( 'email', 'applies_to' ) as $field ) {
				$address = (string) ( $recipient[ $field ] ?? '' );
				if ( '' !== $address && ! in_array( $address, $addresses, true ) ) {
					$addresses[] = $address;
				}
			}
		}
		return implode( ', ', $addresses );
	}

	/**
	 * Writes one row.
	 *
	 * @param int                  $http_status Status answered to SNS.
	 * @param string               $outcome     Extension outcome, or 'duplicate'.
	 * @param array<string, mixed> $result      The extension's result (may be partial).
	 * @param array<int, array>    $recipients  Recipients with their 'result'.
	 * @param string|null          $error_code  Error code answered, if any.
	 * @param string               $detail      Plain sentence answered.
	 * @return int The row id.
	 * @throws DatabaseError When the row cannot be written.
	 */
	public static function record( int $http_status, string $outcome, array $result, array $recipients, ?string $error_code, string $detail ): int {
		global $wpdb;
		$notification = is_array( $result['notification'] ?? null ) ? $result['notification'] : array();
		$addresses    = self::addresses( $recipients );

		$row = array(
			'received_at'       => gmdate( 'Y-m-d H:i:s' ),
			'http_status'       => $http_status,
			'outcome'           => self::cut( $outcome, 20 ),
			'error_code'        => self::cut( $error_code, 64 ),
			'sns_type'          => self::cut( $result['type'] ?? null, 40 ),
			'topic_arn'         => self::cut( $result['topic_arn'] ?? null, 300 ),
			'message_id'        => self::cut( $result['message_id'] ?? null, 100 ),
			'notification_kind' => self::cut( $notification['kind'] ?? null, 40 ),
			'feedback_id'       => self::cut( $notification['feedback_id'] ?? null, 191 ),
			'addresses'         => '' === $addresses ? null : self::cut( $addresses, 60000 ),
			'recipients'        => array() === $recipients ? null : (string) wp_json_encode( $recipients ),
			'detail'            => (string) self::cut( $detail, 500 ),
		);

		// An explicit prepared INSERT, not $wpdb->insert(): that would first
		// read the table's columns (SHOW FULL COLUMNS, one more round trip per
		// request) to check charsets and lengths, and cut() already makes every
		// value valid UTF-8 that fits its column. NULL is written as a literal
		// (prepare() has no placeholder for it).
		$placeholders = array();
		$values       = array();
		foreach ( $row as $column => $value ) {
			if ( null === $value ) {
				$placeholders[] = 'NULL';
			} elseif ( 'http_status' === $column ) {
				$placeholders[] = '%d';
				$values[]       = $value;
			} else {
				$placeholders[] = '%s';
				$values[]       = $value;
			}
		}
		$columns      = implode( ', ', array_keys( $row ) );
		$placeholders = implode( ', ', $placeholders );
		$inserted     = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table and column names are constants of this class; $placeholders are only placeholders and NULL.
				'INSERT INTO ' . Schema::events_table() . " ({$columns}) VALUES ({$placeholders})",
				$values
			)
		);
		if ( false === $inserted ) {
			throw DatabaseError::from_wpdb( 'writing the delivery log' );
		}
		return (int) $wpdb->insert_id;
	}

	/**
	 * Writes one row outside any transaction; a failure is only logged to the
	 * PHP error log (used for answers that do not depend on the database).
	 *
	 * @param int                  $http_status Status answered to SNS.
	 * @param string               $outcome     Outcome.
	 * @param array<string, mixed> $result      The extension's result (may be partial).
	 * @param string|null          $error_code  Error code.
	 * @param string               $detail      Plain sentence.
	 * @return int The row id, 0 when it could not be written.
	 */
	public static function try_record( int $http_status, string $outcome, array $result, ?string $error_code, string $detail ): int {
		$recipients = is_array( $result['recipients'] ?? null ) ? $result['recipients'] : array();
		try {
			return self::record( $http_status, $outcome, $result, $recipients, $error_code, $detail );
		} catch ( DatabaseError $error ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
			error_log( 'QuillCRM Bounce: ' . $error->getMessage() );
			return 0;
		}
	}

	/**
	 * The latest rows, newest first.
	 *
	 * @param int $limit How many.
	 * @return array<int, object>
	 */
	public static function recent( int $limit = 20 ): array {
		global $wpdb;
		if ( ! Schema::table_exists( Schema::events_table() ) ) {
			return array();
		}
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'SELECT * FROM ' . Schema::events_table() . ' ORDER BY id DESC LIMIT %d',
				$limit
			)
		);
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * Whether any bounce, complaint or delivery ever arrived (deliveries
	 * write no log row: the recipient history has them).
	 */
	public static function has_notifications(): bool {
		global $wpdb;
		if ( ! Schema::table_exists( Schema::events_table() ) ) {
			return false;
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
		$found = $wpdb->get_var( 'SELECT id FROM ' . Schema::events_table() . " WHERE outcome IN ('bounce', 'complaint', 'duplicate') LIMIT 1" );
		// Deliveries write no log row: the recipient history has them.
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
		return null !== $found || null !== $wpdb->get_var( 'SELECT id FROM ' . Schema::recipient_events_table() . ' LIMIT 1' );
	}

	/**
	 * Truncates a value to a column's length; null stays null. Bytes that are
	 * not UTF-8 become "?" (mb_scrub()), so a row is never refused for them.
	 *
	 * @param mixed $value  Value.
	 * @param int   $length Column length in characters.
	 */
	public static function cut( $value, int $length ): ?string {
		if ( null === $value ) {
			return null;
		}
		$value = (string) $value;
		if ( ! mb_check_encoding( $value, 'UTF-8' ) ) {
			$value = mb_scrub( $value, 'UTF-8' );
		}
		return mb_substr( $value, 0, $length, 'UTF-8' );
	}
}
