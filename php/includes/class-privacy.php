<?php
/**
 * Tools → Export / Erase Personal Data, and the suppression markers.
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress's personal data exporter and eraser for everything this plugin
 * stores about an address: its recipient history, the reactivation audit
 * trail, the delivery log's rows that name it, its exactly-once keys, and
 * the plugin's state of its contact (the contact itself is QuillCRM's).
 *
 * Erasing removes or redacts the address everywhere, except for a
 * suppression marker: a keyed hash (HMAC-SHA256 with a secret of this site)
 * of the address, kept when it was bounced or complained, so that a later
 * import of the same address is still known as such (filter
 * `quillcrm_bounce_status_for_new_contact`). The eraser reports it as
 * retained, with the reason; the exporter shows it.
 */
final class Privacy {

	/** Exporter and eraser id. */
	public const ID = 'quillcrm-bounce';

	/** History rows per exporter page and per eraser page. */
	public const PAGE_SIZE = 500;

	/** What replaces an erased address. */
	public const ERASED = '[erased]';

	/**
	 * wp_privacy_personal_data_exporters.
	 *
	 * @param array<string, array> $exporters Registered exporters.
	 * @return array<string, array>
	 */
	public static function register_exporter( array $exporters ): array {
		$exporters[ self::ID ] = array(
			'exporter_friendly_name' => __( 'QuillCRM Bounce Handling', 'quillcrm-bounce' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * wp_privacy_personal_data_erasers.
	 *
	 * @param array<string, array> $erasers Registered erasers.
	 * @return array<string, array>
	 */
	public static function register_eraser( array $erasers ): array {
		$erasers[ self::ID ] = array(
			'eraser_friendly_name' => __( 'QuillCRM Bounce Handling', 'quillcrm-bounce' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * The exporter: page 1 has the state, marker, audit, log and keys; every
	 * page has PAGE_SIZE history rows.
	 *
	 * @param string $email_address The request's address.
	 * @param int    $page          1-based.
	 * @return array{data: array<int, array>, done: bool}
	 */
	public static function export( string $email_address, int $page = 1 ): array {
		global $wpdb;
		$address = self::normalise( $email_address );
		$items   = array();
		if ( 1 === $page ) {
			$items = array_merge( self::export_state( $address ), self::export_marker( $address ), self::export_audit( $address ) );
			foreach ( self::forms( $address ) as $form ) {
				$items = array_merge( $items, self::export_log( $form ), self::export_keys( $form ) );
			}
		}
		$forms = self::stored_forms( Schema::recipient_events_table(), $address );
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the IN list holds only placeholders.
				'SELECT * FROM ' . Schema::recipient_events_table() . ' WHERE address IN (' . self::placeholders( $forms ) . ') ORDER BY id LIMIT %d OFFSET %d',
				array_merge( $forms, array( self::PAGE_SIZE, ( max( 1, $page ) - 1 ) * self::PAGE_SIZE ) )
			),
			ARRAY_A
		);
		$rows = is_array( $rows ) ? $rows : array();
		foreach ( $rows as $row ) {
			if ( ! in_array( $row['address'], $forms, true ) ) {
				continue;
			}
			list( $type, $subtype ) = BouncedContacts::type_and_subtype( $row );
			$items[]                = self::item(
				'quillcrm-bounce-history',
				__( 'Bounce and delivery history', 'quillcrm-bounce' ),
				'quillcrm-bounce-event-' . $row['id'],
				array(
					__( 'Address', 'quillcrm-bounce' )         => $row['address'],
					__( 'Received (UTC)', 'quillcrm-bounce' )  => $row['received_at'],
					__( 'Mail sent (UTC)', 'quillcrm-bounce' ) => $row['sent_at'],
					__( 'Event', 'quillcrm-bounce' )           => trim( $type . ' / ' . $subtype, ' /' ),
					__( 'SES status code', 'quillcrm-bounce' ) => $row['status'],
					__( 'Diagnostic', 'quillcrm-bounce' )      => $row['diagnostic'],
					__( 'Result', 'quillcrm-bounce' )          => $row['result'],
					__( 'Topic', 'quillcrm-bounce' )           => $row['topic_arn'],
					__( 'Message ID', 'quillcrm-bounce' )      => $row['message_id'],
				)
			);
		}
		return array(
			'data' => $items,
			'done' => count( $rows ) < self::PAGE_SIZE,
		);
	}

	/**
	 * The eraser: page 1 keeps the suppression marker first (while the
	 * history still says why), then redacts the log and keys and deletes the
	 * audit and state; every page deletes up to PAGE_SIZE history rows.
	 *
	 * @param string $email_address The request's address.
	 * @param int    $page          1-based.
	 * @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool}|\WP_Error
	 *         A WP_Error when the history could not be deleted (WordPress then
	 *         shows it and does not mark the request done).
	 */
	public static function erase( string $email_address, int $page = 1 ) {
		global $wpdb;
		$address  = self::normalise( $email_address );
		$removed  = false;
		$retained = false;
		$messages = array();
		if ( 1 === $page ) {
			$status = self::suppressed_status( $address );
			if ( null !== $status ) {
				foreach ( self::forms( $address ) as $form ) {
					self::keep_marker( $form, $status ); // The CRM may import it again in either form.
				}
				$retained   = true;
				$messages[] = sprintf(
					/* translators: %s: the contact status bounced or complained. */
					__( 'QuillCRM Bounce Handling keeps a suppression marker for this address (it was %s): a keyed hash of the address, not the address itself, so that a later import of the same address is still known and is not mailed again. Mailing addresses that bounced or complained harms the site\'s ability to send email.', 'quillcrm-bounce' ),
					BouncedContacts::status_label( $status )
				);
			}
			// Each step runs whatever the others found.
			$changed = array( self::delete_audit( $address ), self::delete_state( $address ) );
			foreach ( self::forms( $address ) as $form ) {
				array_push( $changed, self::redact_log( $form ), self::redact_keys( $form ) );
			}
			$removed = in_array( true, $changed, true );
		}
		$forms   = self::stored_forms( Schema::recipient_events_table(), $address );
		$deleted = $wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the IN list holds only placeholders.
				'DELETE FROM ' . Schema::recipient_events_table() . ' WHERE ' . self::exactly( $forms ) . ' LIMIT %d',
				array_merge( $forms, $forms, array( self::PAGE_SIZE ) )
			)
		);
		if ( ! is_int( $deleted ) ) {
			return new \WP_Error( 'quillcrm_bounce_erase_failed', __( 'QuillCRM Bounce Handling could not delete the bounce history of this address (a database error). Run the erasure again.', 'quillcrm-bounce' ) );
		}
		return array(
			'items_removed'  => $removed || $deleted > 0,
			'items_retained' => $retained,
			'messages'       => $messages,
			'done'           => $deleted < self::PAGE_SIZE,
		);
	}

	/**
	 * The marker's status for an address (bounced or complained), null when
	 * there is none.
	 *
	 * @param string $email_address An address.
	 */
	public static function marker_status( string $email_address ): ?string {
		global $wpdb;
		$hashes = array_map( array( self::class, 'marker_hash' ), self::forms( self::normalise( $email_address ) ) );
		if ( array() === $hashes ) {
			return null; // No address.
		}
		$status = $wpdb->get_var(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the IN list holds only placeholders.
				'SELECT status FROM ' . Schema::suppressions_table() . ' WHERE address_hash IN (' . self::placeholders( $hashes ) . ') LIMIT 1',
				$hashes
			)
		);
		return is_string( $status ) ? $status : null;
	}

	/**
	 * Filter `quillcrm_bounce_status_for_new_contact`: the CRM asks which
	 * status a contact it is about to create (an import, a form) should
	 * have; an erased address that was bounced or complained keeps it.
	 *
	 * @param string $status        The status the CRM would give.
	 * @param string $email_address The address.
	 */
	public static function status_for_new_contact( $status, $email_address ): string {
		$marker = is_string( $email_address ) ? self::marker_status( $email_address ) : null;
		return $marker ?? (string) $status;
	}

	/**
	 * An address as the plugin stores it: trimmed, ASCII letters lower-cased.
	 *
	 * @param string $email_address An address.
	 */
	private static function normalise( string $email_address ): string {
		return ContactUpdater::fold( trim( $email_address ) );
	}

	/**
	 * The forms the plugin may hold a normalised address under: as given
	 * and with its domain in the other form (Punycode::other_form()). SES
	 * reports a domain only in its xn-- form (the log and keys hold that);
	 * the CRM may have saved the contact with the Unicode one (its history
	 * and audit then hold that).
	 *
	 * @param string $address Normalised.
	 * @return string[]
	 */
	private static function forms( string $address ): array {
		return array_values( array_filter( array( $address, Punycode::other_form( $address ) ) ) );
	}

	/**
	 * The forms of an address a table's `address` column can hold as they
	 * are (see ContactUpdater::storable()); [''] when none, which matches no
	 * row (no address is empty) and keeps the IN list valid.
	 *
	 * @param string $table   Table name.
	 * @param string $address Normalised.
	 * @return string[]
	 */
	private static function stored_forms( string $table, string $address ): array {
		$forms = ContactUpdater::storable( $table, 'address', self::forms( $address ) );
		return array() === $forms ? array( '' ) : $forms;
	}

	/**
	 * The condition "`address` is exactly one of these" (each value given
	 * twice, in order): the IN list uses the index, with the column's
	 * collation, which takes ü for u and ß for ss; BINARY then keeps only
	 * the very address, so another person's rows are never touched.
	 *
	 * @param string[] $forms The forms (see stored_forms()).
	 */
	private static function exactly( array $forms ): string {
		return '( address IN (' . self::placeholders( $forms ) . ') AND BINARY address IN (' . self::placeholders( $forms ) . ') )';
	}

	/**
	 * One %s per value, for an IN list.
	 *
	 * @param array<int, mixed> $values The values.
	 */
	private static function placeholders( array $values ): string {
		return implode( ', ', array_fill( 0, count( $values ), '%s' ) );
	}

	/**
	 * The keyed hash of a normalised address.
	 *
	 * @param string $address Normalised.
	 */
	private static function marker_hash( string $address ): string {
		return hash_hmac( 'sha256', $address, Settings::hash_key() );
	}

	/**
	 * Why an address must stay suppressed: its contact's status, or a
	 * complaint in its history (whatever the site's complaint action did:
	 * the person asked for no mail), or a hard bounce no un-bounce came
	 * after; null when none.
	 *
	 * @param string $address Normalised.
	 */
	private static function suppressed_status( string $address ): ?string {
		global $wpdb;
		foreach ( self::contacts( $address ) as $contact ) {
			if ( in_array( $contact['status'], ContactRules::SUPPRESSED, true ) ) {
				return $contact['status'];
			}
		}
		$forms = self::stored_forms( Schema::recipient_events_table(), $address );
		// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names are not user input; the IN lists hold only placeholders.
		$last = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT MAX(CASE WHEN effect = 'complaint' AND result <> 'not_a_recipient' THEN 1 ELSE 0 END) AS complained, MAX(CASE WHEN result IN ('hard_bounced', 'soft_converted_to_hard') THEN received_at END) AS bounced_at FROM " . Schema::recipient_events_table() . ' WHERE ' . self::exactly( $forms ),
				array_merge( $forms, $forms )
			),
			ARRAY_A
		);
		if ( ! is_array( $last ) ) {
			return null;
		}
		if ( '1' === (string) $last['complained'] ) {
			return 'complained';
		}
		if ( null === $last['bounced_at'] ) {
			return null;
		}
		list( $audit_rows, $audit_args ) = self::audit_rows_of( $address );
		$reactivated                     = $wpdb->get_var(
			$wpdb->prepare(
				'SELECT MAX(created_at) FROM ' . Schema::audit_table() . " WHERE action = 'reactivated' AND ( {$audit_rows} )",
				$audit_args
			)
		);
		// phpcs:enable
		// An admin un-bounced it after its last hard bounce.
		return null !== $reactivated && (string) $reactivated >= (string) $last['bounced_at'] ? null : 'bounced';
	}

	/**
	 * Writes the marker.
	 *
	 * @param string $address Normalised.
	 * @param string $status  bounced|complained.
	 */
	private static function keep_marker( string $address, string $status ): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'INSERT INTO ' . Schema::suppressions_table() . ' (address_hash, status, created_at) VALUES (%s, %s, %s) ON DUPLICATE KEY UPDATE status = VALUES(status)',
				self::marker_hash( $address ),
				$status,
				gmdate( 'Y-m-d H:i:s' )
			)
		);
	}

	/**
	 * The contacts whose address is exactly this one or its form with a
	 * Unicode domain (see forms()): one mailbox the CRM may hold twice.
	 *
	 * @param string $address Normalised.
	 * @return array<int, array{id: int, status: string}>
	 */
	private static function contacts( string $address ): array {
		global $wpdb;
		$forms = array_values( array_unique( array_merge( ...array_map( array( ContactUpdater::class, 'forms' ), self::forms( $address ) ) ) ) );
		if ( array() === $forms ) {
			return array(); // No contact can have it.
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is sanitized in Schema; the IN list holds only placeholders.
		$rows     = $wpdb->get_results( $wpdb->prepare( 'SELECT id, email, status FROM ' . Schema::contacts_table() . ' WHERE email IN (' . self::placeholders( $forms ) . ') ORDER BY id', $forms ), ARRAY_A );
		$contacts = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			if ( in_array( ContactUpdater::fold( (string) $row['email'] ), $forms, true ) ) {
				$contacts[] = array(
					'id'     => (int) $row['id'],
					'status' => (string) $row['status'],
				);
			}
		}
		return $contacts;
	}

	/**
	 * The ids of contacts(), [0] when none (no contact has id 0), for an IN list.
	 *
	 * @param string $address Normalised.
	 * @return int[]
	 */
	private static function contact_ids( string $address ): array {
		$ids = array_column( self::contacts( $address ), 'id' );
		return array() === $ids ? array( 0 ) : $ids;
	}

	/**
	 * The log rows that name the address (the log is capped at 10,000 rows;
	 * a LIKE narrows, the decoded recipients decide). `addresses` lists the
	 * reported and the applied-to addresses; rows written before it listed
	 * both are found by their recipients' JSON (the address as it is and as
	 * JSON escapes it).
	 *
	 * @param string $address Normalised.
	 * @return array<int, array<string, mixed>>
	 */
	private static function log_rows( string $address ): array {
		global $wpdb;
		$json_escaped = substr( (string) wp_json_encode( $address ), 1, -1 );
		$rows         = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'SELECT id, received_at, outcome, error_code, message_id, addresses, recipients FROM ' . Schema::events_table() . ' WHERE addresses LIKE %s OR recipients LIKE %s OR recipients LIKE %s',
				'%' . $wpdb->esc_like( $address ) . '%',
				'%' . $wpdb->esc_like( $address ) . '%',
				'%' . $wpdb->esc_like( $json_escaped ) . '%'
			),
			ARRAY_A
		);
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			foreach ( self::logged_recipients( $row ) as $recipient ) {
				if ( self::names( $recipient, $address ) ) {
					$found[] = $row;
					break;
				}
			}
		}
		return $found;
	}

	/**
	 * The recipients a log row holds (its JSON `recipients` column).
	 *
	 * @param array<string, mixed> $row A log row.
	 * @return array<int, array<string, mixed>>
	 */
	private static function logged_recipients( array $row ): array {
		return array_map( static fn( $recipient ): array => (array) $recipient, (array) json_decode( (string) $row['recipients'], true ) );
	}

	/**
	 * Whether a logged recipient is the address.
	 *
	 * @param array<string, mixed> $recipient A logged recipient.
	 * @param string               $address   Normalised.
	 */
	private static function names( array $recipient, string $address ): bool {
		return ContactUpdater::fold( (string) ( $recipient['email'] ?? '' ) ) === $address || ContactUpdater::fold( (string) ( $recipient['applies_to'] ?? '' ) ) === $address;
	}

	/**
	 * Replaces the address (and its diagnostics, which remote servers write
	 * and which often repeat it) in the log rows that name it.
	 *
	 * @param string $address Normalised.
	 */
	private static function redact_log( string $address ): bool {
		global $wpdb;
		$changed = false;
		foreach ( self::log_rows( $address ) as $row ) {
			$recipients = array();
			foreach ( self::logged_recipients( $row ) as $recipient ) {
				if ( self::names( $recipient, $address ) ) {
					$recipient['email']      = self::ERASED;
					$recipient['applies_to'] = null === ( $recipient['applies_to'] ?? null ) ? null : self::ERASED;
					$recipient['diagnostic'] = null;
				}
				$recipients[] = $recipient;
			}
			$changed = false !== $wpdb->update(
				Schema::events_table(),
				array(
					'recipients' => (string) wp_json_encode( $recipients ),
					'addresses'  => EventLog::addresses( $recipients ),
				),
				array( 'id' => (int) $row['id'] ),
				array( '%s', '%s' ),
				array( '%d' )
			) || $changed;
		}
		return $changed;
	}

	/**
	 * The readable exactly-once keys of the address ('fb:<feedbackId>:<address>',
	 * 'dlv:<mail messageId>:<address>', 'sb:<mail messageId>:<address>').
	 *
	 * @param string $address Normalised.
	 * @return array<int, array{key_hash: string, dedup_key: string, created_at: string}>
	 */
	private static function key_rows( string $address ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
				'SELECT key_hash, dedup_key, created_at FROM ' . Schema::dedup_table() . ' WHERE dedup_key LIKE %s OR dedup_key LIKE %s OR dedup_key LIKE %s',
				'fb:%:' . $wpdb->esc_like( $address ),
				'dlv:%:' . $wpdb->esc_like( $address ),
				'sb:%:' . $wpdb->esc_like( $address )
			),
			ARRAY_A
		);
		return array_values( array_filter( is_array( $rows ) ? $rows : array(), static fn( array $row ): bool => str_ends_with( (string) $row['dedup_key'], ':' . $address ) ) );
	}

	/**
	 * Redacts the readable keys. Their SHA-256 stays until the keys are
	 * pruned (14 days and 70 minutes), so that a resent notification is still not applied
	 * twice.
	 *
	 * @param string $address Normalised.
	 */
	private static function redact_keys( string $address ): bool {
		global $wpdb;
		$changed = false;
		foreach ( self::key_rows( $address ) as $row ) {
			$redacted = substr( (string) $row['dedup_key'], 0, -strlen( $address ) ) . self::ERASED;
			$changed  = false !== $wpdb->update( Schema::dedup_table(), array( 'dedup_key' => $redacted ), array( 'key_hash' => $row['key_hash'] ), array( '%s' ), array( '%s' ) ) || $changed;
		}
		return $changed;
	}

	/**
	 * Deletes the audit rows of the address.
	 *
	 * @param string $address Normalised.
	 */
	private static function delete_audit( string $address ): bool {
		global $wpdb;
		list( $rows, $args ) = self::audit_rows_of( $address );
		$deleted             = $wpdb->query(
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input; the condition holds only placeholders.
			$wpdb->prepare( 'DELETE FROM ' . Schema::audit_table() . " WHERE {$rows}", $args )
		);
		return is_int( $deleted ) && $deleted > 0;
	}

	/**
	 * The condition "an audit row of the address" (its very address, or its
	 * contact's id) with its arguments, for a prepared statement.
	 *
	 * @param string $address Normalised.
	 * @return array{0: string, 1: array<int, mixed>}
	 */
	private static function audit_rows_of( string $address ): array {
		$ids   = self::contact_ids( $address );
		$forms = self::stored_forms( Schema::audit_table(), $address );
		return array(
			self::exactly( $forms ) . ' OR contact_id IN (' . implode( ', ', array_fill( 0, count( $ids ), '%d' ) ) . ')',
			array_merge( $forms, $forms, $ids ),
		);
	}

	/**
	 * Deletes the plugin's state of the address's contact.
	 *
	 * @param string $address Normalised.
	 */
	private static function delete_state( string $address ): bool {
		global $wpdb;
		$deleted = false;
		foreach ( self::contacts( $address ) as $contact ) {
			$deleted = 0 < (int) $wpdb->delete( Schema::contact_states_table(), array( 'contact_id' => $contact['id'] ), array( '%d' ) ) || $deleted;
		}
		return $deleted;
	}

	/**
	 * Export: the plugin's state of the contact.
	 *
	 * @param string $address Normalised.
	 */
	private static function export_state( string $address ): array {
		global $wpdb;
		$items = array();
		foreach ( self::contacts( $address ) as $contact ) {
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name is not user input.
			$state = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::contact_states_table() . ' WHERE contact_id = %d', $contact['id'] ), ARRAY_A );
			if ( is_array( $state ) ) {
				$items[] = self::state_item( $address, $contact['id'], $state );
			}
		}
		return $items;
	}

	/**
	 * One contact's state as an exported item.
	 *
	 * @param string               $address    Normalised.
	 * @param int                  $contact_id The contact.
	 * @param array<string, mixed> $state      Its row of the contact states.
	 */
	private static function state_item( string $address, int $contact_id, array $state ): array {
		return self::item(
			'quillcrm-bounce-state',
			__( 'Bounce handling state', 'quillcrm-bounce' ),
			'quillcrm-bounce-state-' . $contact_id,
			array(
				__( 'Address', 'quillcrm-bounce' )                       => $address,
				__( 'Why it is bounced', 'quillcrm-bounce' )             => $state['bounce_reason'],
				__( 'Deliveries received', 'quillcrm-bounce' )           => $state['deliveries'],
				__( 'Last delivery received (UTC)', 'quillcrm-bounce' )  => $state['last_delivery_at'],
				__( 'Counted soft bounces (mails sent at, UTC)', 'quillcrm-bounce' ) => implode( ', ', array_map( array( self::class, 'utc_time' ), array_filter( explode( ',', (string) $state['soft_sent_at'] ), 'strlen' ) ) ),
				__( 'Status before it was bounced or complained', 'quillcrm-bounce' ) => $state['status_before'] ?? null,
				__( 'Last un-bounced (UTC)', 'quillcrm-bounce' ) => null === ( $state['reactivated_at'] ?? null ) ? null : self::utc_time( $state['reactivated_at'] ),
			)
		);
	}

	/**
	 * A stored time of the contact state (Unix milliseconds, or seconds
	 * from an earlier version) as UTC, to the millisecond.
	 *
	 * @param int|string $time Stored time.
	 */
	private static function utc_time( $time ): string {
		$ms = (int) ContactRules::in_milliseconds( (int) $time );
		if ( 0 === $ms ) {
			return __( '(counted before send times were kept)', 'quillcrm-bounce' );
		}
		return gmdate( 'Y-m-d H:i:s', intdiv( $ms, 1000 ) ) . sprintf( '.%03d', $ms % 1000 );
	}

	/**
	 * Export: the suppression marker, when one is kept.
	 *
	 * @param string $address Normalised.
	 */
	private static function export_marker( string $address ): array {
		$status = self::marker_status( $address );
		if ( null === $status ) {
			return array();
		}
		return array(
			self::item(
				'quillcrm-bounce-suppression',
				__( 'Suppression marker', 'quillcrm-bounce' ),
				'quillcrm-bounce-suppression',
				array(
					__( 'Kept as', 'quillcrm-bounce' ) => $status,
					__( 'Stored', 'quillcrm-bounce' )  => __( 'A keyed hash of the address (not the address), kept after an erasure so that the address is not mailed again.', 'quillcrm-bounce' ),
				)
			),
		);
	}

	/**
	 * Export: the reactivations.
	 *
	 * @param string $address Normalised.
	 */
	private static function export_audit( string $address ): array {
		$rows = array();
		foreach ( self::contact_ids( $address ) as $id ) {
			foreach ( self::stored_forms( Schema::audit_table(), $address ) as $form ) {
				foreach ( Reactivation::audit_for( $id, $form ) as $row ) {
					$rows[ (int) $row['id'] ] = $row; // A row found by both its contact and its address once.
				}
			}
		}
		$items = array();
		foreach ( $rows as $row ) {
			$items[] = self::item(
				'quillcrm-bounce-audit',
				__( 'Reactivations', 'quillcrm-bounce' ),
				'quillcrm-bounce-audit-' . $row['id'],
				array(
					__( 'Address', 'quillcrm-bounce' )         => $row['address'],
					__( 'Time (UTC)', 'quillcrm-bounce' )      => $row['created_at'],
					__( 'Previous status', 'quillcrm-bounce' ) => $row['previous_status'],
					__( 'Status after', 'quillcrm-bounce' )    => $row['status_after'] ?? __( '(not recorded)', 'quillcrm-bounce' ),
					__( 'Note', 'quillcrm-bounce' )            => $row['note'],
				)
			);
		}
		return $items;
	}

	/**
	 * Export: the log rows that name the address, each with only the
	 * address's own recipients (a notification may name other people).
	 *
	 * @param string $address Normalised.
	 */
	private static function export_log( string $address ): array {
		$items = array();
		foreach ( self::log_rows( $address ) as $row ) {
			$own     = array_values( array_filter( self::logged_recipients( $row ), static fn( array $recipient ): bool => self::names( $recipient, $address ) ) );
			$items[] = self::item(
				'quillcrm-bounce-log',
				__( 'Webhook delivery log', 'quillcrm-bounce' ),
				'quillcrm-bounce-log-' . $row['id'],
				array(
					__( 'Received (UTC)', 'quillcrm-bounce' ) => $row['received_at'],
					__( 'Outcome', 'quillcrm-bounce' )        => $row['outcome'],
					__( 'Message ID', 'quillcrm-bounce' )     => $row['message_id'],
					__( 'Recipients', 'quillcrm-bounce' )     => wp_json_encode( $own ),
				)
			);
		}
		return $items;
	}

	/**
	 * Export: the exactly-once keys that name the address.
	 *
	 * @param string $address Normalised.
	 */
	private static function export_keys( string $address ): array {
		$items = array();
		foreach ( self::key_rows( $address ) as $row ) {
			$items[] = self::item(
				'quillcrm-bounce-keys',
				__( 'Exactly-once keys', 'quillcrm-bounce' ),
				'quillcrm-bounce-key-' . $row['key_hash'],
				array(
					__( 'Key', 'quillcrm-bounce' )          => $row['dedup_key'],
					__( 'Stored (UTC)', 'quillcrm-bounce' ) => $row['created_at'],
				)
			);
		}
		return $items;
	}

	/**
	 * One exported item in WordPress's shape.
	 *
	 * @param string               $group_id    Group.
	 * @param string               $group_label Its label.
	 * @param string               $item_id     Item.
	 * @param array<string, mixed> $fields      Label => value (nulls left out).
	 */
	private static function item( string $group_id, string $group_label, string $item_id, array $fields ): array {
		$data = array();
		foreach ( $fields as $name => $value ) {
			if ( null !== $value && '' !== (string) $value ) {
				$data[] = array(
					'name'  => $name,
					'value' => (string) $value,
				);
			}
		}
		return array(
			'group_id'    => $group_id,
			'group_label' => $group_label,
			'item_id'     => $item_id,
			'data'        => $data,
		);
	}
}
