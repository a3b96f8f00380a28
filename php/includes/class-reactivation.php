<?php
/**
 * Un-bounce: a contact set back to subscribed by an admin, with an audit trail.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Sets a bounced or complained contact back to the status it had before
 * (subscribed when that is not known: marked before the plugin kept it),
 * or resets the soft bounces counted on a contact of any other status
 * without changing it; records who did it, when and why in
 * {prefix}quillcrm_bounce_audit, in one transaction; then fires
 * `quillcrm_bounce_contact_reactivated`. A bounce of a mail sent after the
 * un-bounce applies as usual; one of a mail sent before it (arriving late)
 * no longer counts.
 */
final class Reactivation {

	/** What reactivate() returns: done, nothing to undo, or the contact changed since the admin saw it. */
	public const REACTIVATED       = 'reactivated';
	public const NOT_REACTIVATABLE = 'not_reactivatable';
	public const CHANGED           = 'contact_changed';

	/**
	 * Reactivates a contact.
	 *
	 * @param int      $contact_id Contact id.
	 * @param string   $note       Why (required, sanitized by the caller).
	 * @param \WP_User $user       Who.
	 * @param string   $seen       seen() of the contact as the admin's page showed it.
	 * @return string REACTIVATED, NOT_REACTIVATABLE, or CHANGED (a notification changed the contact since: nothing done).
	 * @throws DatabaseError When the transaction fails.
	 */
	public static function reactivate( int $contact_id, string $note, \WP_User $user, string $seen ): string {
		$info = Transaction::run(
			static function () use ( $contact_id, $note, $user, $seen ) {
				global $wpdb;
				$contact = $wpdb->get_row(
					$wpdb->prepare(
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are sanitized in Schema.
						'SELECT c.id, c.email, c.status, c.soft_bounce_count, c.complained_at, s.bounce_reason, s.status_before FROM ' . Schema::contacts_table() . ' c LEFT JOIN ' . Schema::contact_states_table() . ' s ON s.contact_id = c.id WHERE c.id = %d FOR UPDATE',
						$contact_id
					),
					ARRAY_A
				);
				if ( '' !== (string) $wpdb->last_error ) {
					throw DatabaseError::from_wpdb( 'locking the contact' );
				}
				if ( ! is_array( $contact ) || ! BouncedContacts::can_reactivate( $contact ) ) {
					return self::NOT_REACTIVATABLE;
				}
				if ( self::seen( $contact ) !== $seen ) {
					return self::CHANGED; // A complaint in the meantime must not be undone unseen.
				}
				$time   = (int) floor( microtime( true ) * 1000 ); // Compared with mails' send times, in milliseconds.
				$now    = gmdate( 'Y-m-d H:i:s', intdiv( $time, 1000 ) );
				$status = self::status_after( $contact );
				self::write(
					// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema.
					$wpdb->prepare( 'UPDATE ' . Schema::contacts_table() . ' SET status = %s, soft_bounce_count = 0, updated_at = %s WHERE id = %d', $status, $now, $contact_id ),
					'reactivating the contact'
				);
				self::write(
					$wpdb->prepare(
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
						'INSERT INTO ' . Schema::contact_states_table() . " (contact_id, soft_sent_at, bounce_reason, status_before, reactivated_at, updated_at) VALUES (%d, '', NULL, NULL, %d, %s) ON DUPLICATE KEY UPDATE soft_sent_at = '', bounce_reason = NULL, status_before = NULL, reactivated_at = VALUES(reactivated_at), updated_at = VALUES(updated_at)",
						$contact_id,
						$time,
						$now
					),
					'resetting the contact state'
				);
				$info = array(
					'contact_id'          => (int) $contact['id'],
					'email'               => (string) $contact['email'],
					'previous_status'     => (string) $contact['status'],
					'previous_reason'     => null === $contact['bounce_reason'] ? null : (string) $contact['bounce_reason'],
					'previous_soft_count' => (int) $contact['soft_bounce_count'],
					'status'              => $status,
					'note'                => $note,
					'user_id'             => (int) $user->ID,
					'user_login'          => (string) $user->user_login,
					'time'                => $now,
				);
				self::write(
					$wpdb->prepare(
						// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
						'INSERT INTO ' . Schema::audit_table() . " (contact_id, address, action, user_id, user_login, previous_status, previous_reason, previous_soft_count, status_after, note, created_at) VALUES (%d, %s, 'reactivated', %d, %s, %s, NULLIF(%s, ''), %d, %s, %s, %s)",
						$info['contact_id'],
						ContactUpdater::fold( $info['email'] ),
						$info['user_id'],
						mb_substr( $info['user_login'], 0, 60 ),
						$info['previous_status'],
						(string) $info['previous_reason'],
						$info['previous_soft_count'],
						$status,
						$note,
						$now
					),
					'recording the audit trail'
				);
				return $info;
			}
		);
		if ( ! is_array( $info ) ) {
			return $info;
		}
		/**
		 * An admin un-bounced a contact (after COMMIT).
		 *
		 * @param string $email The contact's address.
		 * @param array  $info  contact_id, email, previous_status, previous_reason, previous_soft_count, status (now), note, user_id, user_login, time (UTC).
		 */
		do_action( 'quillcrm_bounce_contact_reactivated', $info['email'], $info );
		return self::REACTIVATED;
	}

	/**
	 * What the admin saw of a contact, to tell whether it changed before
	 * they confirmed: its status, soft bounce count and last complaint (a
	 * complaint may leave a bounced contact's status as it is).
	 *
	 * @param array<string, mixed> $contact status, soft_bounce_count and complained_at.
	 */
	public static function seen( array $contact ): string {
		return $contact['status'] . ':' . (int) $contact['soft_bounce_count'] . ':' . (string) $contact['complained_at'];
	}

	/**
	 * The status un-bouncing gives a contact: a bounced or complained one
	 * gets back the status it had before (subscribed when not known); any
	 * other keeps its own (only its soft bounces are reset).
	 *
	 * @param array<string, mixed> $contact status and status_before.
	 */
	public static function status_after( array $contact ): string {
		if ( ! in_array( $contact['status'], ContactRules::SUPPRESSED, true ) ) {
			return (string) $contact['status'];
		}
		$before = (string) ( $contact['status_before'] ?? '' );
		return in_array( $before, Schema::STATUSES, true ) && ! in_array( $before, ContactRules::SUPPRESSED, true ) ? $before : 'subscribed';
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
		// The address index compares with the column's collation (ü is u there): keep exact matches.
		return array_values( array_filter( is_array( $rows ) ? $rows : array(), static fn( array $row ): bool => (int) $row['contact_id'] === $contact_id || $row['address'] === ContactUpdater::fold( $address ) ) );
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
