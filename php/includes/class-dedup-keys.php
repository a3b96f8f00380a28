<?php
/**
 * Exactly-once keys for SNS messages and SES events.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * A key is claimed with a plain INSERT inside the delivery's transaction:
 * the primary key makes a second claim fail with a duplicate-key error,
 * also when two deliveries race (the second waits for the first to commit).
 */
final class DedupKeys {

	/**
	 * Key of an SNS message.
	 *
	 * @param string $message_id SNS MessageId.
	 */
	public static function for_message( string $message_id ): string {
		return 'msg:' . $message_id;
	}

	/**
	 * Key of one address in one SES event, the same whichever topic or
	 * subscription delivered it: a bounce's or complaint's feedbackId, or,
	 * as SES gives deliveries none, the delivered mail's messageId. Null when
	 * the notification has neither.
	 *
	 * @param array<string, mixed> $notification The extension's `notification`.
	 * @param string               $email        Lower-cased address.
	 */
	public static function for_event( array $notification, string $email ): ?string {
		$feedback_id = (string) ( $notification['feedback_id'] ?? '' );
		if ( '' !== $feedback_id ) {
			return 'fb:' . $feedback_id . ':' . $email;
		}
		$mail_id = (string) ( $notification['mail_message_id'] ?? '' );
		if ( 'Delivery' === ( $notification['kind'] ?? null ) && '' !== $mail_id ) {
			return 'dlv:' . $mail_id . ':' . $email;
		}
		return null;
	}

	/**
	 * Whether SES reported the delivery of this notification's mail to
	 * $email (its key is kept as long as every key: DedupKeys are pruned
	 * after the replay window, weeks). Must run inside a transaction.
	 *
	 * @param array<string, mixed> $notification The extension's `notification`.
	 * @param string               $email        Lower-cased address.
	 * @throws DatabaseError On a database error.
	 */
	public static function delivery_seen( array $notification, string $email ): bool {
		global $wpdb;
		$mail_id = (string) ( $notification['mail_message_id'] ?? '' );
		if ( '' === $mail_id ) {
			return false;
		}
		$found = $wpdb->get_var(
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
			$wpdb->prepare( 'SELECT 1 FROM ' . Schema::dedup_table() . ' WHERE key_hash = %s', hash( 'sha256', 'dlv:' . $mail_id . ':' . $email ) )
		);
		if ( '' !== (string) $wpdb->last_error ) {
			throw DatabaseError::from_wpdb( 'reading an exactly-once key' );
		}
		return null !== $found;
	}

	/**
	 * Key of the soft bounce of one mail for one contact: a mail forwarded
	 * to several mailboxes comes back in a notification per mailbox, each
	 * with its own feedbackId, and counts once. Null when SES named no mail.
	 *
	 * @param array<string, mixed> $notification The extension's `notification`.
	 * @param string               $applies_to   The contact's address the event applies to.
	 */
	public static function for_soft_bounce( array $notification, string $applies_to ): ?string {
		$mail_id = (string) ( $notification['mail_message_id'] ?? '' );
		return '' === $mail_id ? null : 'sb:' . $mail_id . ':' . $applies_to;
	}

	/**
	 * Claims a key. Must run inside a transaction.
	 *
	 * @param string $key From for_message() or for_event().
	 * @return bool True when claimed now, false when it was claimed before.
	 * @throws DatabaseError On any other database error.
	 */
	public static function claim( string $key ): bool {
		if ( self::insert( array( $key ) ) ) {
			return true;
		}
		if ( DatabaseError::last_was_duplicate_entry() ) {
			return false;
		}
		throw DatabaseError::from_wpdb( 'claiming an exactly-once key' );
	}

	/**
	 * Claims every key with one multi-row INSERT (the usual case: a new
	 * delivery, one round trip for all its keys). Must run inside a
	 * transaction.
	 *
	 * When any key was claimed before, the statement fails as a whole (InnoDB
	 * rolls the statement back, the transaction stays open) and nothing is
	 * claimed: the caller then claims the keys one by one with claim(), in the
	 * same order, to learn which ones are taken. Keys are inserted in the
	 * order given, so concurrent deliveries lock them in the same order.
	 *
	 * @param string[] $keys From for_message() and for_event(); a key given twice fails like a taken one.
	 * @return bool True when all were claimed now (also for no keys), false
	 *              when at least one was claimed before (then none was claimed).
	 * @throws DatabaseError On any other database error.
	 */
	public static function claim_all( array $keys ): bool {
		if ( array() === $keys || self::insert( $keys ) ) {
			return true;
		}
		if ( DatabaseError::last_was_duplicate_entry() ) {
			return false;
		}
		throw DatabaseError::from_wpdb( 'claiming the exactly-once keys' );
	}

	/**
	 * Whether the duplicate-key error of the last statement names $key's
	 * hash (MariaDB and MySQL quote the duplicate value: "Duplicate entry
	 * '<key_hash>' for key ..."). After claim_all() failed, this tells
	 * whether the failing row was $key without claiming it again; rows are
	 * inserted in order, so the error names the first taken key. False when
	 * the error text does not say (then claim the keys one by one).
	 *
	 * @param string $key From for_message() or for_event().
	 */
	public static function last_error_names( string $key ): bool {
		global $wpdb;
		return DatabaseError::last_was_duplicate_entry()
			&& str_contains( (string) $wpdb->last_error, "'" . hash( 'sha256', $key ) . "'" );
	}

	/**
	 * One INSERT of one row per key. An explicit prepared statement, not
	 * $wpdb->insert(): that would first read the table's columns (SHOW FULL
	 * COLUMNS, one more round trip per request) to check charsets and lengths,
	 * and every value here is already known to fit (a SHA-256 in hex, a key
	 * cut to the column's 500 characters, a UTC datetime).
	 *
	 * @param string[] $keys At least one key.
	 * @return bool Whether the statement succeeded.
	 */
	private static function insert( array $keys ): bool {
		global $wpdb;
		$now    = gmdate( 'Y-m-d H:i:s' );
		$values = array();
		foreach ( $keys as $key ) {
			array_push( $values, hash( 'sha256', $key ), self::cut( $key ), $now );
		}
		$rows = implode( ', ', array_fill( 0, count( $keys ), '(%s, %s, %s)' ) );
		$done = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; $rows is only placeholders.
				'INSERT INTO ' . Schema::dedup_table() . " (key_hash, dedup_key, created_at) VALUES {$rows}",
				$values
			)
		);
		return false !== $done;
	}

	/**
	 * The readable key as stored: at most the column's 500 characters, valid UTF-8.
	 *
	 * @param string $key Key.
	 */
	private static function cut( string $key ): string {
		return mb_substr( mb_scrub( $key, 'UTF-8' ), 0, 500, 'UTF-8' );
	}
}
