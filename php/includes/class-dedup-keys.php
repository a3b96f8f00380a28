<?php
/**
 * Exactly-once keys for SNS messages and SES feedback.
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
	 * Key of one address in one SES notification, the same whichever topic or
	 * subscription delivered it.
	 *
	 * @param string $feedback_id SES feedbackId.
	 * @param string $email       Lower-cased address.
	 */
	public static function for_feedback( string $feedback_id, string $email ): string {
		return 'fb:' . $feedback_id . ':' . $email;
	}

	/**
	 * Claims a key. Must run inside a transaction.
	 *
	 * @param string $key From for_message() or for_feedback().
	 * @return bool True when claimed now, false when it was claimed before.
	 * @throws DatabaseError On any other database error.
	 */
	public static function claim( string $key ): bool {
		global $wpdb;
		$inserted = $wpdb->insert(
			Schema::dedup_table(),
			array(
				'key_hash'   => hash( 'sha256', $key ),
				'dedup_key'  => mb_substr( $key, 0, 500 ),
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array( '%s', '%s', '%s' )
		);
		if ( false !== $inserted ) {
			return true;
		}
		if ( DatabaseError::last_was_duplicate_entry() ) {
			return false;
		}
		throw DatabaseError::from_wpdb( 'claiming an exactly-once key' );
	}
}
