<?php
/**
 * Applies one classified recipient to the CRM's contacts table.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * Finds the one contact an event applies to, locks it, asks ContactRules
 * and writes the answer, inside the delivery's transaction, so concurrent
 * deliveries never lose an increment.
 *
 * The contact is the one whose address is byte for byte the event's
 * address once both have their ASCII letters lower-cased: candidates come
 * through the email index with the table's own comparison (which, in a
 * `_ci` collation, also ignores accents), and only exact matches are kept,
 * whatever the collation. An address whose domain SES reports in its
 * ASCII form (xn--…) also finds the contact saved with the Unicode domain
 * (the exact form first). What the plugin keeps about a contact beyond the
 * CRM's columns (send times of the counted soft bounces, the newest
 * delivered mail, why it was bounced) is in its own table,
 * `{prefix}quillcrm_bounce_contact_states`: the contacts table is the CRM's
 * and is never altered. An unknown address is not created unless the filter
 * `quillcrm_bounce_create_unknown_contacts` returns true (bounces and
 * complaints only).
 */
final class ContactUpdater {

	/** The contacts table's `email` column holds at most this many characters. */
	public const EMAIL_LENGTH = 191;

	/**
	 * Applies one recipient.
	 *
	 * @param array<string, mixed> $recipient From the extension: email, applies_to, class, status, action, diagnostic.
	 * @param array<string, mixed> $event     effect, sent_at, reason (see ContactRules::decide()).
	 * @param array<string, mixed> $settings  threshold, window_days, now, complaint_action.
	 * @return array{result: string, contact_id: ?int, contact_address: ?string, soft_bounce_count: ?int, actions: string[]}
	 *               `contact_address`: the contact's own address (folded), which may be the Unicode form of the
	 *               event's; `actions` are the suffixes of the quillcrm_bounce_contact_* actions to fire after COMMIT.
	 * @throws DatabaseError On any database error.
	 */
	public static function apply( array $recipient, array $event, array $settings ): array {
		$address = $recipient['applies_to'];
		if ( null === $address ) {
			return self::nobody( ContactRules::NOT_A_RECIPIENT );
		}
		$forms = self::forms( $address );
		if ( array() === $forms ) {
			return self::nobody( ContactRules::NO_CONTACT ); // No contact can have it.
		}
		$now     = gmdate( 'Y-m-d H:i:s', $settings['now'] );
		$contact = self::lock( $forms );
		if ( null === $contact && $forms[0] === $address && in_array( $event['effect'], array( 'hard', 'soft', 'complaint' ), true ) && self::may_create( $address, $recipient ) ) {
			$contact = self::create( $address, $now );
		}
		if ( null === $contact ) {
			return self::nobody( ContactRules::NO_CONTACT );
		}

		$decision = ContactRules::decide( $contact, $event, $settings );
		self::write( $contact, $decision, $event['effect'], $now );
		return array(
			'result'            => $decision['result'],
			'contact_id'        => $contact['id'],
			'contact_address'   => $contact['address'],
			'soft_bounce_count' => $decision['soft_bounce_count'],
			'actions'           => $decision['actions'],
		);
	}

	/**
	 * Lower-cases the ASCII letters of an address and nothing else, as the
	 * extension does (strtolower() depends on the locale before PHP 8.2).
	 *
	 * @param string $address An address.
	 */
	public static function fold( string $address ): string {
		return strtr( $address, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	}

	/**
	 * The forms of an event's address a contact may be saved under, exact
	 * form first: the address, and the Unicode form of a domain SES reports
	 * as xn-- labels (Punycode). Only those the contacts table can hold.
	 *
	 * @param string $address The event's address, folded.
	 * @return string[]
	 */
	public static function forms( string $address ): array {
		$forms = array_filter( array( $address, Punycode::unicode_address( $address ) ) );
		return self::storable( Schema::contacts_table(), 'email', array_filter( $forms, static fn( string $form ): bool => mb_strlen( $form, 'UTF-8' ) <= self::EMAIL_LENGTH ) );
	}

	/**
	 * The values a column can hold as they are. wpdb refuses a whole query
	 * holding a value its table's character set cannot store (a 4-byte
	 * character in utf8mb3, say), so such a form is left out, not sent.
	 *
	 * @param string   $table  Table name.
	 * @param string   $column Column name.
	 * @param string[] $values Candidate values.
	 * @return string[]
	 */
	public static function storable( string $table, string $column, array $values ): array {
		global $wpdb;
		return array_values(
			array_filter(
				$values,
				static fn( string $value ): bool => 1 !== preg_match( '/[\x80-\xFF]/', $value ) || $wpdb->strip_invalid_text_for_column( $table, $column, $value ) === $value
			)
		);
	}

	/**
	 * The result for a recipient that touches no contact.
	 *
	 * @param string $result NO_CONTACT or NOT_A_RECIPIENT.
	 */
	private static function nobody( string $result ): array {
		return array(
			'result'            => $result,
			'contact_id'        => null,
			'contact_address'   => null,
			'soft_bounce_count' => null,
			'actions'           => array(),
		);
	}

	/**
	 * Reads and locks the contact whose address is exactly one of $forms
	 * (ASCII letters folded on both sides; the first form that has one),
	 * else the one whose Unicode domain encodes to the first form, with
	 * the plugin's state of it.
	 *
	 * @param string[] $forms From forms().
	 * @return array<string, mixed>|null id, address, status, soft_bounce_count, soft_sent_at, last_delivery_sent_at, status_before, reactivated_at, has_state.
	 * @throws DatabaseError On a database error.
	 */
	private static function lock( array $forms ): ?array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are sanitized in Schema; the IN list holds only placeholders.
				'SELECT c.id, c.email, c.status, c.soft_bounce_count, s.contact_id AS state_id, s.soft_sent_at, s.last_delivery_sent_at, s.status_before, s.reactivated_at FROM ' . Schema::contacts_table() . ' c LEFT JOIN ' . Schema::contact_states_table() . ' s ON s.contact_id = c.id WHERE c.email IN (' . implode( ', ', array_fill( 0, count( $forms ), '%s' ) ) . ') FOR UPDATE',
				$forms
			),
			ARRAY_A
		);
		if ( '' !== (string) $wpdb->last_error ) {
			throw DatabaseError::from_wpdb( 'locking the contact' );
		}
		$rows = is_array( $rows ) ? $rows : array();
		foreach ( $forms as $form ) {
			foreach ( $rows as $row ) {
				if ( self::fold( (string) $row['email'] ) === $form ) {
					return self::locked( $row, $form );
				}
			}
		}
		// A domain has no case: a contact saved as anna@Ärzte.example is the
		// mailbox SES reports as anna@xn--rzte-koa.example (the xn-- form is
		// of the lower-cased label). Its local part stays as exact as above.
		foreach ( $rows as $row ) {
			$saved = self::fold( (string) $row['email'] );
			if ( Punycode::ascii_address( $saved ) === $forms[0] ) {
				return self::locked( $row, $saved );
			}
		}
		return null;
	}

	/**
	 * A locked row, as lock() returns it.
	 *
	 * @param array<string, mixed> $row     The row read.
	 * @param string               $address The contact's address, ASCII letters folded.
	 * @return array<string, mixed>
	 */
	private static function locked( array $row, string $address ): array {
		return array(
			'id'                    => (int) $row['id'],
			'address'               => $address,
			'status'                => (string) $row['status'],
			'soft_bounce_count'     => (int) $row['soft_bounce_count'],
			'soft_sent_at'          => '' === (string) $row['soft_sent_at'] ? array() : array_map( 'intval', explode( ',', (string) $row['soft_sent_at'] ) ),
			'last_delivery_sent_at' => null === $row['last_delivery_sent_at'] ? null : (int) $row['last_delivery_sent_at'],
			'status_before'         => null === $row['status_before'] ? null : (string) $row['status_before'],
			'reactivated_at'        => null === $row['reactivated_at'] ? null : (int) $row['reactivated_at'],
			'has_state'             => null !== $row['state_id'],
		);
	}

	/**
	 * Writes what changed: the CRM's columns, then the plugin's state.
	 *
	 * @param array<string, mixed> $contact  As locked.
	 * @param array<string, mixed> $decision From ContactRules::decide().
	 * @param string               $effect   The event's effect.
	 * @param string               $now      UTC time.
	 * @throws DatabaseError On a database error.
	 */
	private static function write( array $contact, array $decision, string $effect, string $now ): void {
		$set  = array();
		$args = array();
		if ( $decision['status'] !== $contact['status'] || $decision['soft_bounce_count'] !== $contact['soft_bounce_count'] ) {
			array_push( $set, 'status = %s', 'soft_bounce_count = %d' );
			array_push( $args, $decision['status'], $decision['soft_bounce_count'] );
		}
		if ( in_array( $decision['result'], array( ContactRules::HARD_BOUNCED, ContactRules::SOFT_BOUNCED, ContactRules::SOFT_CONVERTED_TO_HARD ), true ) ) {
			$set[]  = 'last_bounce_at = %s';
			$args[] = $now;
		}
		if ( 'bounced' === $decision['status'] && 'bounced' !== $contact['status'] ) {
			$set[]  = 'bounced_at = %s';
			$args[] = $now;
		}
		// A complaint, whether it marks the contact complained or unsubscribes it.
		if ( in_array( $decision['result'], array( ContactRules::COMPLAINED, ContactRules::UNSUBSCRIBED ), true ) ) {
			$set[]  = 'complained_at = %s';
			$args[] = $now;
		}
		if ( array() !== $set ) {
			$set[]  = 'updated_at = %s';
			$args[] = $now;
			self::update_contact( $contact['id'], implode( ', ', $set ), $args );
		}
		$times_changed = $decision['soft_sent_at'] !== $contact['soft_sent_at'] || $decision['last_delivery_sent_at'] !== $contact['last_delivery_sent_at'] || $decision['status_before'] !== $contact['status_before'];
		if ( 'delivery' === $effect || $times_changed || null !== $decision['bounce_reason'] ) {
			self::save_state( $contact['id'], $decision, 'delivery' === $effect, $now );
		}
	}

	/**
	 * Inserts or updates the plugin's state of a contact.
	 *
	 * @param int                  $id        Contact id.
	 * @param array<string, mixed> $decision  From ContactRules::decide().
	 * @param bool                 $delivered The event was a delivery.
	 * @param string               $now       UTC time.
	 * @throws DatabaseError On a database error.
	 */
	private static function save_state( int $id, array $decision, bool $delivered, string $now ): void {
		global $wpdb;
		$times    = implode( ',', $decision['soft_sent_at'] );
		$last     = $decision['last_delivery_sent_at'];
		$reason   = $decision['bounce_reason'];
		$before   = $decision['status_before'];
		$received = $delivered ? $now : null;
		$done     = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'INSERT INTO ' . Schema::contact_states_table() . ' (contact_id, soft_sent_at, last_delivery_sent_at, last_delivery_at, deliveries, bounce_reason, status_before, updated_at) VALUES (%d, %s, NULLIF(%d, -1), NULLIF(%s, \'\'), %d, NULLIF(%s, \'\'), NULLIF(%s, \'\'), %s) ON DUPLICATE KEY UPDATE soft_sent_at = VALUES(soft_sent_at), last_delivery_sent_at = VALUES(last_delivery_sent_at), last_delivery_at = COALESCE(VALUES(last_delivery_at), last_delivery_at), deliveries = deliveries + VALUES(deliveries), bounce_reason = COALESCE(VALUES(bounce_reason), bounce_reason), status_before = VALUES(status_before), updated_at = VALUES(updated_at)',
				$id,
				$times,
				null === $last ? -1 : $last,
				(string) $received,
				$delivered ? 1 : 0,
				(string) $reason,
				(string) $before,
				$now
			)
		);
		if ( false === $done ) {
			throw DatabaseError::from_wpdb( 'recording the contact state' );
		}
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
		 * @param string $email     Address (ASCII letters lower-cased).
		 * @param array  $recipient email, applies_to, class, status, action, diagnostic.
		 */
		return (bool) apply_filters( 'quillcrm_bounce_create_unknown_contacts', false, $email, $recipient );
	}

	/**
	 * Creates a contact (status subscribed, the rules then apply) and locks it.
	 *
	 * @param string $email Address.
	 * @param string $now   UTC time.
	 * @return array<string, mixed>|null The locked contact.
	 * @throws DatabaseError On a database error.
	 */
	private static function create( string $email, string $now ): ?array {
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
			return array(
				'id'                    => (int) $wpdb->insert_id,
				'address'               => $email,
				'status'                => 'subscribed',
				'soft_bounce_count'     => 0,
				'soft_sent_at'          => array(),
				'last_delivery_sent_at' => null,
				'status_before'         => null,
				'reactivated_at'        => null,
				'has_state'             => false,
			);
		}
		if ( false === $inserted && ! DatabaseError::last_was_duplicate_entry() ) {
			throw DatabaseError::from_wpdb( 'creating the contact' );
		}
		// Created by a concurrent delivery in the meantime, or an address the
		// table's collation takes for this one: lock the exact one, if any.
		return self::lock( array( $email ) );
	}

	/**
	 * Updates the locked contact.
	 *
	 * @param int                $id   Contact id.
	 * @param string             $set  SET clause with placeholders (column names of this class).
	 * @param array<int, mixed>  $args Placeholder values.
	 * @throws DatabaseError On a database error.
	 */
	private static function update_contact( int $id, string $set, array $args ): void {
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
