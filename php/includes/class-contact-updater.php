<?php
/**
 * Applies one classified recipient to the CRM's contacts table.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Applies ContactRules to the contacts table, inside the delivery's
 * transaction: the contact row is locked (SELECT ... FOR UPDATE) before the
 * rules decide, so concurrent deliveries never lose an increment. An unknown
 * address is not created unless the filter
 * `quillcrm_bounce_create_unknown_contacts` returns true (bounces and
 * complaints only).
 */
final class ContactUpdater {

	/**
	 * Applies one recipient.
	 *
	 * @param array<string, mixed> $recipient From the extension: email, class, status, action, diagnostic.
	 * @param int                  $threshold Soft bounce threshold.
	 * @return array{result: string, contact_id: ?int, soft_bounce_count: ?int, actions: string[]}
	 *               `actions` are the suffixes of the quillcrm_bounce_contact_* actions to fire after COMMIT.
	 * @throws DatabaseError On any database error.
	 */
	public static function apply( array $recipient, int $threshold ): array {
		$email = (string) $recipient['email'];
		$class = (string) $recipient['class'];
		$now   = gmdate( 'Y-m-d H:i:s' );

		$contact = self::lock( $email );
		if ( null === $contact && in_array( $class, array( 'hard', 'soft', 'complaint' ), true ) && self::may_create( $email, $recipient ) ) {
			$contact = self::create( $email, $now );
		}
		if ( null === $contact ) {
			return array(
				'result'            => ContactRules::NO_CONTACT,
				'contact_id'        => null,
				'soft_bounce_count' => null,
				'actions'           => array(),
			);
		}

		$id       = (int) $contact->id;
		$decision = ContactRules::decide(
			array(
				'status'            => (string) $contact->status,
				'soft_bounce_count' => (int) $contact->soft_bounce_count,
			),
			$class,
			$threshold
		);
		if ( ContactRules::UNCHANGED !== $decision['result'] ) {
			self::write( $id, $decision, $class, $now );
		}
		return array(
			'result'            => $decision['result'],
			'contact_id'        => $id,
			'soft_bounce_count' => $decision['soft_bounce_count'],
			'actions'           => $decision['actions'],
		);
	}

	/**
	 * Writes a decision to the locked row, with the times it sets.
	 *
	 * @param int                  $id       Contact id.
	 * @param array<string, mixed> $decision From ContactRules::decide().
	 * @param string               $class    The recipient's class.
	 * @param string               $now      UTC time.
	 * @throws DatabaseError On a database error.
	 */
	private static function write( int $id, array $decision, string $class, string $now ): void {
		$set  = array( 'status = %s', 'soft_bounce_count = %d', 'updated_at = %s' );
		$args = array( $decision['status'], $decision['soft_bounce_count'], $now );
		if ( in_array( $class, array( 'hard', 'soft' ), true ) ) {
			$set[]  = 'last_bounce_at = %s';
			$args[] = $now;
		}
		if ( in_array( $decision['result'], array( ContactRules::HARD_BOUNCED, ContactRules::SOFT_CONVERTED_TO_HARD ), true ) ) {
			$set[]  = 'bounced_at = %s';
			$args[] = $now;
		}
		if ( ContactRules::COMPLAINED === $decision['result'] ) {
			$set[]  = 'complained_at = %s';
			$args[] = $now;
		}
		self::update( $id, implode( ', ', $set ), $args );
	}

	/**
	 * Reads and locks a contact row until the transaction ends.
	 *
	 * @param string $email Lower-cased address.
	 * @return object|null Row with id, status, soft_bounce_count.
	 * @throws DatabaseError On a database error.
	 */
	private static function lock( string $email ): ?object {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema.
				'SELECT id, status, soft_bounce_count FROM ' . Schema::contacts_table() . ' WHERE email = %s FOR UPDATE',
				$email
			)
		);
		if ( '' !== (string) $wpdb->last_error ) {
			throw DatabaseError::from_wpdb( 'locking the contact' );
		}
		return is_object( $row ) ? $row : null;
	}

	/**
	 * Whether an unknown address may be created as a contact.
	 *
	 * @param string               $email     Address.
	 * @param array<string, mixed> $recipient Recipient from the extension.
	 */
	private static function may_create( string $email, array $recipient ): bool {
		/**
		 * Filters whether a bounce or complaint for an address that is not a
		 * contact creates the contact (then marked bounced/complained).
		 *
		 * @param bool   $create    Default false: logged only.
		 * @param string $email     Lower-cased address.
		 * @param array  $recipient email, class, status, action, diagnostic.
		 */
		return (bool) apply_filters( 'quillcrm_bounce_create_unknown_contacts', false, $email, $recipient );
	}

	/**
	 * Creates a contact (status subscribed, the rules then apply) and locks it.
	 *
	 * @param string $email Address.
	 * @param string $now   UTC time.
	 * @return object|null The locked row.
	 * @throws DatabaseError On a database error.
	 */
	private static function create( string $email, string $now ): ?object {
		global $wpdb;
		$inserted = $wpdb->insert(
			Schema::contacts_table(),
			array(
				'email'             => $email,
				'status'            => 'subscribed',
				'soft_bounce_count' => 0,
				'created_at'        => $now,
				'updated_at'        => $now,
			),
			array( '%s', '%s', '%d', '%s', '%s' )
		);
		if ( false !== $inserted && $wpdb->insert_id > 0 ) {
			// The new row is locked by this INSERT until the transaction
			// ends, and its values are the ones just written: no re-read.
			return (object) array(
				'id'                => (int) $wpdb->insert_id,
				'status'            => 'subscribed',
				'soft_bounce_count' => 0,
			);
		}
		if ( false === $inserted && ! DatabaseError::last_was_duplicate_entry() ) {
			throw DatabaseError::from_wpdb( 'creating the contact' );
		}
		// Created by a concurrent delivery in the meantime: lock that row.
		return self::lock( $email );
	}

	/**
	 * Updates the locked contact.
	 *
	 * @param int                $id   Contact id.
	 * @param string             $set  SET clause with placeholders (column names of this class).
	 * @param array<int, string> $args Placeholder values.
	 * @throws DatabaseError On a database error.
	 */
	private static function update( int $id, string $set, array $args ): void {
		global $wpdb;
		$args[] = $id;
		$done   = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema; $set holds only this class's column names and placeholders.
				'UPDATE ' . Schema::contacts_table() . " SET {$set} WHERE id = %d",
				$args
			)
		);
		if ( false === $done ) {
			throw DatabaseError::from_wpdb( 'updating the contact' );
		}
	}
}
