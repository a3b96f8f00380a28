<?php
/**
 * Un-bounce: a contact set back to subscribed by an admin, with an audit trail.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Sets a bounced or complained contact (or one with counted soft bounces)
 * back to subscribed with its soft count reset, and records who did it,
 * when and why in {prefix}quillcrm_bounce_audit, in one transaction; then
 * fires `quillcrm_bounce_contact_reactivated`. A later bounce applies to
 * the contact as usual.
 */
final class Reactivation {

	/**
	 * Reactivates a contact.
	 *
	 * @param int      $contact_id Contact id.
	 * @param string   $note       Why (required, sanitized by the caller).
	 * @param \WP_User $user       Who.
	 * @return array<string, mixed>|null What was recorded (the action's $info), null when the contact cannot be reactivated.
	 * @throws DatabaseError When the transaction fails.
	 */
	public static function reactivate( int $contact_id, string $note, \WP_User $user ): ?array {
		$info = Transaction::run(
			static function () use ( $contact_id, $note, $user ) {
				global $wpdb;
				$contact = $wpdb->get_row(
					$wpdb->prepare(
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are sanitized in Schema.
						'SELECT c.id, c.email, c.status, c.soft_bounce_count, s.bounce_reason FROM ' . Schema::contacts_table() . ' c LEFT JOIN ' . Schema::contact_states_table() . ' s ON s.contact_id = c.id WHERE c.id = %d FOR UPDATE',
						$contact_id
					),
					ARRAY_A
				);
				if ( '' !== (string) $wpdb->last_error ) {
					throw DatabaseError::from_wpdb( 'locking the contact' );
				}
				if ( ! is_array( $contact ) || ! BouncedContacts::can_reactivate( $contact ) ) {
					return null;
				}
				$now = gmdate( 'Y-m-d H:i:s' );
				self::write(
					// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema.
					$wpdb->prepare( 'UPDATE ' . Schema::contacts_table() . " SET status = 'subscribed', soft_bounce_count = 0, updated_at = %s WHERE id = %d", $now, $contact_id ),
					'reactivating the contact'
				);
				self::write(
					// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
					$wpdb->prepare( 'UPDATE ' . Schema::contact_states_table() . " SET soft_sent_at = '', bounce_reason = NULL, updated_at = %s WHERE contact_id = %d", $now, $contact_id ),
					'resetting the contact state'
				);
				$info = array(
					'contact_id'          => (int) $contact['id'],
					'email'               => (string) $contact['email'],
					'previous_status'     => (string) $contact['status'],
					'previous_reason'     => null === $contact['bounce_reason'] ? null : (string) $contact['bounce_reason'],
					'previous_soft_count' => (int) $contact['soft_bounce_count'],
					'note'                => $note,
					'user_id'             => (int) $user->ID,
					'user_login'          => (string) $user->user_login,
					'time'                => $now,
				);
				self::write(
					$wpdb->prepare(
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
						'INSERT INTO ' . Schema::audit_table() . " (contact_id, address, action, user_id, user_login, previous_status, previous_reason, previous_soft_count, note, created_at) VALUES (%d, %s, 'reactivated', %d, %s, %s, NULLIF(%s, ''), %d, %s, %s)",
						$info['contact_id'],
						ContactUpdater::fold( $info['email'] ),
						$info['user_id'],
						mb_substr( $info['user_login'], 0, 60 ),
						$info['previous_status'],
						(string) $info['previous_reason'],
						$info['previous_soft_count'],
						$note,
						$now
					),
					'recording the audit trail'
				);
				return $info;
			}
		);
		if ( null === $info ) {
			return null;
		}
		/**
		 * A contact was set back to subscribed by an admin (after COMMIT).
		 *
		 * @param string $email The contact's address.
		 * @param array  $info  contact_id, email, previous_status, previous_reason, previous_soft_count, note, user_id, user_login, time (UTC).
		 */
		do_action( 'quillcrm_bounce_contact_reactivated', $info['email'], $info );
		return $info;
	}

	/**
	 * The audit rows of a contact or an address, newest first.
	 *
	 * @param int    $contact_id Contact id.
	 * @param string $address    Its address.
	 * @return array<int, array<string, mixed>>
	 */
	public static function audit_for( int $contact_id, string $address ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'SELECT * FROM ' . Schema::audit_table() . ' WHERE contact_id = %d OR address = %s ORDER BY id DESC',
				$contact_id,
				ContactUpdater::fold( $address )
			),
			ARRAY_A
		);
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * Runs a prepared write.
	 *
	 * @param string $sql  Prepared statement.
	 * @param string $what For the error.
	 * @throws DatabaseError When it fails.
	 */
	private static function write( string $sql, string $what ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, QuillCRM.Security.PreparedSql.NotPrepared -- prepared by the caller.
		if ( false === $wpdb->query( $sql ) ) {
			throw DatabaseError::from_wpdb( $what );
		}
	}
}
