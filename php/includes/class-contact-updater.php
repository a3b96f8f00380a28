<?php
/**
 * Applies one classified recipient to the CRM's contacts table.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * The contact rules. Runs inside the delivery's transaction: the contact row
 * is locked (SELECT ... FOR UPDATE) before it is changed, and the soft count
 * is incremented in SQL, so concurrent deliveries never lose an increment.
 *
 * - hard → bounced at once;
 * - soft → soft_bounce_count + 1, bounced when it reaches the threshold;
 * - delivery → soft_bounce_count back to 0 (the threshold counts
 *   consecutive soft bounces);
 * - complaint → complained;
 * - a bounced or complained contact is never moved back to a mailable
 *   status (a complaint still turns bounced into complained);
 * - an unknown address is not created unless the filter
 *   `quillcrm_bounce_create_unknown_contacts` returns true (bounces and
 *   complaints only).
 */
final class ContactUpdater {

	/** What happened to one recipient (stored in the log). */
	public const HARD_BOUNCED           = 'hard_bounced';
	public const SOFT_BOUNCED           = 'soft_bounced';
	public const SOFT_CONVERTED_TO_HARD = 'soft_converted_to_hard';
	public const COMPLAINED             = 'complained';
	public const SOFT_COUNT_RESET       = 'soft_count_reset';
	public const UNCHANGED              = 'unchanged';
	public const NO_CONTACT             = 'no_contact';

	/** Statuses no bounce or delivery moves a contact out of. */
	private const SUPPRESSED = array( 'bounced', 'complained' );

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
			return self::report( self::NO_CONTACT, null, null );
		}

		$id     = (int) $contact->id;
		$status = (string) $contact->status;
		$count  = (int) $contact->soft_bounce_count;

		switch ( $class ) {
			case 'hard':
				if ( in_array( $status, self::SUPPRESSED, true ) ) {
					return self::report( self::UNCHANGED, $id, $count );
				}
				self::update(
					$id,
					"status = 'bounced', bounced_at = %s, last_bounce_at = %s, updated_at = %s",
					array( $now, $now, $now )
				);
				return self::report( self::HARD_BOUNCED, $id, $count, array( 'hard_bounced' ) );

			case 'soft':
				if ( in_array( $status, self::SUPPRESSED, true ) ) {
					return self::report( self::UNCHANGED, $id, $count );
				}
				++$count; // Exact: the row is locked by this transaction.
				if ( $count >= $threshold ) {
					// The increment and the conversion in one statement.
					self::update(
						$id,
						"soft_bounce_count = soft_bounce_count + 1, status = 'bounced', bounced_at = %s, last_bounce_at = %s, updated_at = %s",
						array( $now, $now, $now )
					);
					return self::report( self::SOFT_CONVERTED_TO_HARD, $id, $count, array( 'soft_bounced', 'soft_converted_to_hard' ) );
				}
				self::update(
					$id,
					'soft_bounce_count = soft_bounce_count + 1, last_bounce_at = %s, updated_at = %s',
					array( $now, $now )
				);
				return self::report( self::SOFT_BOUNCED, $id, $count, array( 'soft_bounced' ) );

			case 'delivery':
				if ( 0 === $count || in_array( $status, self::SUPPRESSED, true ) ) {
					return self::report( self::UNCHANGED, $id, $count );
				}
				self::update( $id, 'soft_bounce_count = 0, updated_at = %s', array( $now ) );
				return self::report( self::SOFT_COUNT_RESET, $id, 0 );

			case 'complaint':
				if ( 'complained' === $status ) {
					return self::report( self::UNCHANGED, $id, $count );
				}
				self::update( $id, "status = 'complained', complained_at = %s, updated_at = %s", array( $now, $now ) );
				return self::report( self::COMPLAINED, $id, $count, array( 'complained' ) );
		}

		return self::report( self::UNCHANGED, $id, $count );
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
	 * @param string             $set  SET clause with placeholders.
	 * @param array<int, string> $args Placeholder values.
	 * @throws DatabaseError On a database error.
	 */
	private static function update( int $id, string $set, array $args ): void {
		global $wpdb;
		$args[] = $id;
		$done   = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema; $set is a constant of this class.
				'UPDATE ' . Schema::contacts_table() . " SET {$set} WHERE id = %d",
				$args
			)
		);
		if ( false === $done ) {
			throw DatabaseError::from_wpdb( 'updating the contact' );
		}
	}

	/**
	 * Builds the result of apply().
	 *
	 * @param string   $result            One of the constants.
	 * @param int|null $contact_id        Contact id.
	 * @param int|null $soft_bounce_count Count after the change.
	 * @param string[] $actions           Action suffixes.
	 */
	private static function report( string $result, ?int $contact_id, ?int $soft_bounce_count, array $actions = array() ): array {
		return array(
			'result'            => $result,
			'contact_id'        => $contact_id,
			'soft_bounce_count' => $soft_bounce_count,
			'actions'           => $actions,
		);
	}
}
